package uk.probationcareers.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Is this page useful?" and "Report a problem with this page": plain forms that work
 * without JavaScript, a session or a CSRF token. A post from another site is refused
 * (403, see {@link CrossSiteCheck}), so is a client over the limit (429, see
 * {@link FeedbackLimit}); a page that is not on this site answers 400.
 */
@Controller
@RequestMapping("/feedback")
class FeedbackController {

	static final String PROBLEM = "feedback/problem";

	static final String THANKS = "feedback/thanks";

	static final String REFUSED = "feedback/refused";

	static final String TOO_MANY = "feedback/too-many";

	static final String UNKNOWN_PAGE = "feedback/unknown-page";

	private final FeedbackReports reports;

	private final PagePaths paths;

	private final CrossSiteCheck crossSite;

	private final FeedbackLimit limit;

	FeedbackController(FeedbackReports reports, PagePaths paths, CrossSiteCheck crossSite, FeedbackLimit limit) {
		this.reports = reports;
		this.paths = paths;
		this.crossSite = crossSite;
		this.limit = limit;
	}

	@PostMapping("/useful")
	Object useful(@RequestParam(required = false) String page, @RequestParam(required = false) String useful,
			HttpServletRequest request, HttpServletResponse response) {
		String refused = refusal(request, response);
		if (refused != null) {
			return refused;
		}
		if (!this.paths.isKnown(page) || !("yes".equals(useful) || "no".equals(useful))) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return UNKNOWN_PAGE;
		}
		this.reports.answer(page, "yes".equals(useful));
		return thanksFor(page, useful);
	}

	@GetMapping("/problem")
	String problemForm(@RequestParam(required = false) String page, Model model, HttpServletResponse response) {
		if (!this.paths.isKnown(page)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return UNKNOWN_PAGE;
		}
		model.addAttribute("problem", new ProblemForm(page));
		return PROBLEM;
	}

	@PostMapping("/problem")
	Object problem(@Valid @ModelAttribute("problem") ProblemForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		String refused = refusal(request, response);
		if (refused != null) {
			return refused;
		}
		if (!this.paths.isKnown(form.getPage())) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return UNKNOWN_PAGE;
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return PROBLEM;
		}
		this.reports.problem(form);
		return thanksFor(form.getPage(), "problem");
	}

	@GetMapping("/thanks")
	String thanks(@RequestParam(required = false) String page, @RequestParam(required = false) String sent, Model model,
			HttpServletResponse response) {
		if (!this.paths.isKnown(page)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return UNKNOWN_PAGE;
		}
		model.addAttribute("page", page);
		model.addAttribute("sent", "no".equals(sent) || "problem".equals(sent) ? sent : "yes");
		return THANKS;
	}

	/**
	 * The page to answer with instead, if the post came from another site or this client
	 * has sent too many.
	 */
	private String refusal(HttpServletRequest request, HttpServletResponse response) {
		if (!this.crossSite.allows(request)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			return REFUSED;
		}
		if (!this.limit.allow(request.getRemoteAddr())) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(this.limit.window().toSeconds()));
			return TOO_MANY;
		}
		return null;
	}

	private static View thanksFor(String page, String sent) {
		RedirectView redirect = new RedirectView(UriComponentsBuilder.fromPath("/feedback/thanks")
			.queryParam("page", page)
			.queryParam("sent", sent)
			.encode()
			.toUriString());
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		return redirect;
	}

}
