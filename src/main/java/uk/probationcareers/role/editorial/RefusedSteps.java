package uk.probationcareers.role.editorial;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused workflow step is answered with its 4xx status and a page that says why,
 * within the admin area.
 */
@ControllerAdvice(assignableTypes = { RoleAdminController.class, DraftController.class, ReviewController.class })
class RefusedSteps {

	static final String REFUSED = "role/editorial/refused";

	@ExceptionHandler(IllegalStep.class)
	String refused(IllegalStep refusal, Model model, HttpServletResponse response) {
		response.setStatus(refusal.getStatusCode().value());
		model.addAttribute("navSection", "roles");
		model.addAttribute("reasonKey", refusal.getReasonKey());
		return REFUSED;
	}

}
