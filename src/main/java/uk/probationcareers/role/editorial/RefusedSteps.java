package uk.probationcareers.role.editorial;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused workflow step is answered with its 4xx status and a page that says why,
 * within the admin area, and logged with who asked and from which address.
 */
@ControllerAdvice(assignableTypes = { RoleAdminController.class, DraftController.class, ReviewController.class })
class RefusedSteps {

	static final String REFUSED = "role/editorial/refused";

	private static final Logger logger = LoggerFactory.getLogger(RefusedSteps.class);

	@ExceptionHandler(IllegalStep.class)
	String refused(IllegalStep refusal, Model model, HttpServletRequest request, HttpServletResponse response,
			Principal principal) {
		logger.warn("Workflow step refused ({} {}) for '{}' from {}: {} {}", refusal.getStatusCode().value(),
				refusal.getReasonKey(), (principal != null) ? principal.getName() : "-", request.getRemoteAddr(),
				request.getMethod(), request.getRequestURI());
		response.setStatus(refusal.getStatusCode().value());
		model.addAttribute("navSection", "roles");
		model.addAttribute("reasonKey", refusal.getReasonKey());
		return REFUSED;
	}

}
