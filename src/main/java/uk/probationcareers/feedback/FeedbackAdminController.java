package uk.probationcareers.feedback;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What readers said, page by page, for editors: each page's "useful" answers and its
 * problem reports, which an editor marks done once dealt with.
 */
@Controller
class FeedbackAdminController {

	static final String REPORTS = "/admin/feedback";

	private final FeedbackReports reports;

	private final MessageSource messages;

	FeedbackAdminController(FeedbackReports reports, MessageSource messages) {
		this.reports = reports;
		this.messages = messages;
	}

	@GetMapping(REPORTS)
	String reports(Model model) {
		model.addAttribute("pages", this.reports.byPage());
		return "feedback/admin/reports";
	}

	@PostMapping(REPORTS + "/{id}/done")
	String done(@PathVariable long id, RedirectAttributes redirect) {
		String page = this.reports.markDone(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("flash", this.messages.getMessage("feedback.admin.flash.done", new Object[] { page },
				LocaleContextHolder.getLocale()));
		return "redirect:" + REPORTS;
	}

	/**
	 * Where the audit trail links a report: its place on the reports page.
	 */
	@GetMapping(REPORTS + "/{id}/edit")
	String report(@PathVariable long id) {
		return "redirect:" + REPORTS + "#report-" + id;
	}

}
