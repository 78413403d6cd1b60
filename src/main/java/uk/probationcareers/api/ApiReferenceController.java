package uk.probationcareers.api;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API's reference page, in the site's own style: every address, its parameters and a
 * live example. Swagger UI is left out so the site's Content-Security-Policy stays
 * strict.
 */
@Controller
class ApiReferenceController {

	private static final String REFERENCE = "api/reference";

	private final ApiReference reference;

	private final Licence licence;

	ApiReferenceController(ApiReference reference, Licence licence) {
		this.reference = reference;
		this.licence = licence;
	}

	@GetMapping("/api")
	String reference(Model model) {
		model.addAttribute("endpoints", this.reference.endpoints());
		model.addAttribute("licence", this.licence);
		return REFERENCE;
	}

}
