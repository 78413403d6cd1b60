package uk.probationcareers.role.editorial;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.probationcareers.admin.EditConflict;

/**
 * The review steps of an edition: submit, send back with comments, publish (by someone
 * who neither submitted nor edited it), publish without review (an admin, with a reason)
 * and the second look afterwards. A step the workflow refuses answers 4xx and changes
 * nothing; sending back or publishing a version other than the one the reviewer saw
 * answers 409.
 */
@Controller
@RequestMapping("/admin/roles/{slug}/editions/{number}")
class ReviewController {

	static final String CHANGED = "role/editorial/changed";

	private final EditorialService editorial;

	private final ReviewService review;

	private final MessageSource messages;

	ReviewController(EditorialService editorial, ReviewService review, MessageSource messages) {
		this.editorial = editorial;
		this.review = review;
		this.messages = messages;
	}

	@PostMapping("/submit")
	String submit(@PathVariable String slug, @PathVariable int number,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		this.review.submit(slug, number, note);
		return done(slug, number, "editorial.flash.submitted", redirect);
	}

	@PostMapping("/send-back")
	String sendBack(@PathVariable String slug, @PathVariable int number,
			@RequestParam(name = "version", required = false) Long version,
			@RequestParam(name = "comment", required = false) String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.review.sendBack(slug, number, version, comment);
		}
		catch (EditConflict ex) {
			return changedSince(slug, number, model, response);
		}
		return done(slug, number, "editorial.flash.sentBack", redirect);
	}

	@PostMapping("/publish")
	String publish(@PathVariable String slug, @PathVariable int number,
			@Valid @ModelAttribute("publish") PublishForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		return publish(slug, number, form, result, false, model, response, redirect);
	}

	@PostMapping("/force-publish")
	String forcePublish(@PathVariable String slug, @PathVariable int number,
			@Valid @ModelAttribute("publish") PublishForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getReason() == null || form.getReason().isBlank()) {
			result.rejectValue("reason", "editorial.publish.reason.required");
		}
		return publish(slug, number, form, result, true, model, response, redirect);
	}

	@PostMapping("/second-look")
	String secondLook(@PathVariable String slug, @PathVariable int number,
			@RequestParam(name = "note", required = false) String note, RedirectAttributes redirect) {
		this.review.secondLook(slug, number, note);
		return done(slug, number, "editorial.flash.secondLook", redirect);
	}

	private String publish(String slug, int number, PublishForm form, BindingResult result, boolean force, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getChangeKind() != null && !form.major() && !"MINOR".equals(form.getChangeKind())) {
			result.rejectValue("changeKind", "editorial.publish.kind.required");
		}
		if (form.major() && (form.getChangeNote() == null || form.getChangeNote().isBlank())) {
			result.rejectValue("changeNote", "editorial.publish.note.required");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("navSection", "roles");
			model.addAttribute("kind", EditorialService.RECORD_TYPE);
			model.addAttribute("edition", this.editorial.edition(slug, number));
			model.addAttribute("role", this.editorial.role(slug));
			EditionRow edition = this.editorial.edition(slug, number);
			model.addAttribute("sections", this.editorial.changedSections(edition));
			model.addAttribute("previous", this.editorial.previous(edition).orElse(null));
			model.addAttribute("actor", this.editorial.actor());
			model.addAttribute("editors", this.editorial.editors(edition));
			model.addAttribute("pageTitle",
					message("admin.form.errorTitle", this.editorial.edition(slug, number).title()));
			return DraftController.EDITION;
		}
		try {
			this.review.publish(slug, number, form, force);
		}
		catch (EditConflict ex) {
			return changedSince(slug, number, model, response);
		}
		redirect.addFlashAttribute("flash", message("editorial.flash.published", number));
		return "redirect:/admin/roles/" + slug;
	}

	/**
	 * The edition changed after the reviewer opened it: 409, nothing published or sent
	 * back, and what was done to it since, newest first.
	 */
	private String changedSince(String slug, int number, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		RoleRow role = this.editorial.role(slug);
		model.addAttribute("navSection", "roles");
		model.addAttribute("edition", this.editorial.edition(slug, number));
		model.addAttribute("steps",
				this.editorial.steps(role).stream().filter((step) -> step.editionNumber() == number).toList());
		return CHANGED;
	}

	private String done(String slug, int number, String key, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message(key, number));
		return "redirect:/admin/roles/" + slug + "/editions/" + number;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
