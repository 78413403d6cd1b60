package uk.probationcareers.pathway;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.probationcareers.role.ProfileExtras;

/**
 * Draws the roles that lead to a profile's role and those it leads to.
 */
@Component
class ProfileNeighbourhood implements ProfileExtras {

	private final CareerMaps maps;

	ProfileNeighbourhood(CareerMaps maps) {
		this.maps = maps;
	}

	@Override
	public void addTo(String slug, Model model) {
		model.addAttribute("neighbourhood", this.maps.around(slug).orElse(null));
	}

}
