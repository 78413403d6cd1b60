package uk.probationcareers.role;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.pathway.CareerMaps;

@Controller
class RoleController {

	private static final String ROLE_LIST = "roles/list";

	private static final String ROLE_PROFILE = "roles/profile";

	private final RoleCatalogue catalogue;

	private final CareerMaps maps;

	RoleController(RoleCatalogue catalogue, CareerMaps maps) {
		this.catalogue = catalogue;
		this.maps = maps;
	}

	@GetMapping("/roles")
	String listRoles(Model model) {
		model.addAttribute("groups", RoleGroupView.groupAll(this.catalogue.publishedRoles()));
		return ROLE_LIST;
	}

	@GetMapping("/roles/{slug}")
	String showRole(@PathVariable String slug, Model model) {
		RoleProfile profile = this.catalogue.profile(slug)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("role", profile);
		model.addAttribute("neighbourhood", this.maps.around(slug).orElse(null));
		return ROLE_PROFILE;
	}

}
