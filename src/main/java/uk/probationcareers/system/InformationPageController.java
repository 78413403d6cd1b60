package uk.probationcareers.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The fixed pages every public site owes its readers.
 */
@Controller
class InformationPageController {

	@GetMapping("/accessibility")
	String accessibility() {
		return "info/accessibility";
	}

	@GetMapping("/cookies")
	String cookies() {
		return "info/cookies";
	}

	@GetMapping("/privacy")
	String privacy() {
		return "info/privacy";
	}

}
