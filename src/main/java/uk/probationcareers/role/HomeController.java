package uk.probationcareers.role;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final RoleCatalogue catalogue;

	HomeController(RoleCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("groups", RoleGroupView.groupAll(this.catalogue.publishedRoles()));
		return "role/home";
	}

}
