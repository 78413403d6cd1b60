package uk.probationcareers.admin;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "I have checked this change": a second person confirms a catalogue row's waiting
 * changes, naming the newest they saw. A refused check answers 4xx with a page that says
 * why (and, when the row changed since, what changed), and is logged with who asked and
 * from which address.
 */
@Controller
class ChangeCheckController {

	static final String NOT_TAKEN = "admin/checks/not-taken";

	private static final Logger logger = LoggerFactory.getLogger(ChangeCheckController.class);

	private final ChangeChecks checks;

	private final MessageSource messages;

	ChangeCheckController(ChangeChecks checks, MessageSource messages) {
		this.checks = checks;
		this.messages = messages;
	}

	@PostMapping("/admin/checks")
	String check(@RequestParam("entry") long entryId, RedirectAttributes redirect) {
		this.checks.check(entryId);
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("admin.checks.done", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin#dashboard-catalogueChecks";
	}

	@ExceptionHandler(CheckNotTaken.class)
	String notTaken(CheckNotTaken refusal, Model model, HttpServletRequest request, HttpServletResponse response,
			Principal principal) {
		logger.warn("Check refused ({} {}) for '{}' from {}: {} {}", refusal.getStatus().value(),
				refusal.getReasonKey(), (principal != null) ? principal.getName() : "-", request.getRemoteAddr(),
				request.getMethod(), request.getRequestURI());
		response.setStatus(refusal.getStatus().value());
		model.addAttribute("reasonKey", refusal.getReasonKey());
		model.addAttribute("waiting", refusal.getWaiting());
		model.addAttribute("navSection", "dashboard");
		return NOT_TAKEN;
	}

}
