package uk.probationcareers.pathway;

import java.util.Optional;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.probationcareers.role.RoleCatalogue;

/**
 * Gives each role profile its own part of the career-path map: the role, the roles that
 * lead to it and those it leads to. Kept here, beside the map it is cut from, so that the
 * role pages need to know nothing about drawing.
 */
@ControllerAdvice(basePackageClasses = RoleCatalogue.class)
class RoleNeighbourhood {

	private final CareerMaps maps;

	RoleNeighbourhood(CareerMaps maps) {
		this.maps = maps;
	}

	@ModelAttribute("neighbourhood")
	Diagram neighbourhood(@PathVariable(name = "slug", required = false) String slug) {
		Optional<Diagram> around = (slug != null) ? this.maps.around(slug) : Optional.empty();
		return around.orElse(null);
	}

}
