package uk.probationcareers.role.editorial;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.probationcareers.admin.EditConflict;
import uk.probationcareers.admin.TrimmedInput;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.role.EditionState;
import uk.probationcareers.role.Importance;
import uk.probationcareers.role.LinkType;
import uk.probationcareers.role.RoleCatalogue;

/**
 * One edition of a role: its task list of sections, each section's form, and its preview
 * through the public profile template.
 */
@Controller
@TrimmedInput
@RequestMapping("/admin/roles/{slug}/editions/{number}")
class DraftController {

	static final String EDITION = "role/editorial/edition";

	static final String SECTION = "role/editorial/section";

	static final String PUBLIC_PROFILE = "role/profile";

	private final EditorialService editorial;

	private final RoleCatalogue catalogue;

	private final MessageSource messages;

	DraftController(EditorialService editorial, RoleCatalogue catalogue, MessageSource messages) {
		this.editorial = editorial;
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@InitBinder("form")
	void refuseServerOwnedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@ModelAttribute
	void common(@PathVariable String slug, @PathVariable int number, Model model) {
		model.addAttribute("navSection", "roles");
		model.addAttribute("kind", EditorialService.RECORD_TYPE);
		model.addAttribute("edition", this.editorial.edition(slug, number));
	}

	@GetMapping
	String edition(@PathVariable String slug, @PathVariable int number, Model model) {
		model.addAttribute("role", this.editorial.role(slug));
		EditionRow edition = this.editorial.edition(slug, number);
		model.addAttribute("sections", this.editorial.changedSections(edition));
		model.addAttribute("previous", this.editorial.previous(edition).orElse(null));
		model.addAttribute("actor", this.editorial.actor());
		model.addAttribute("editors", this.editorial.editors(edition));
		PublishForm publish = new PublishForm();
		publish.setVersion(edition.version());
		model.addAttribute("publish", publish);
		model.addAttribute("pageTitle", edition.title());
		return EDITION;
	}

	@GetMapping("/preview")
	String preview(@PathVariable String slug, @PathVariable int number, Model model) {
		EditionRow edition = this.editorial.edition(slug, number);
		model.addAttribute("role", this.catalogue.editionProfile(edition.id())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("changes", this.catalogue.changes(slug));
		model.addAttribute("preview", new Preview(number, message("editorial.state." + edition.state()),
				"/admin/roles/" + slug + "/editions/" + number));
		return PUBLIC_PROFILE;
	}

	@GetMapping("/details")
	String initDetails(@PathVariable String slug, @PathVariable int number, Model model) {
		model.addAttribute("form", this.editorial.details(draft(slug, number)));
		return showDetails(model, false);
	}

	@PostMapping("/details")
	String processDetails(@PathVariable String slug, @PathVariable int number,
			@Valid @ModelAttribute("form") DetailsForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.getNations()
			.stream()
			.allMatch((n) -> Arrays.stream(Nation.values()).anyMatch((v) -> v.name().equals(n)))) {
			result.rejectValue("nations", "editorial.details.nations.required");
		}
		if (form.getHoursMin() != null && form.getHoursMax() != null && form.getHoursMin() > form.getHoursMax()) {
			result.rejectValue("hoursMax", "editorial.details.hours.order");
		}
		if (result.hasErrors()) {
			return failed(response, showDetails(model, true));
		}
		try {
			this.editorial.saveDetails(slug, number, form);
		}
		catch (EditConflict ex) {
			EditConflict.show(form, this.editorial.details(draft(slug, number)), model, response);
			return showDetails(model, true);
		}
		return saved(slug, number, "details", redirect);
	}

	@GetMapping("/routes-pay")
	String initRoutesPay(@PathVariable String slug, @PathVariable int number, Model model) {
		model.addAttribute("form", this.editorial.routesPay(draft(slug, number)));
		return showRoutesPay(model, false);
	}

	@PostMapping("/routes-pay")
	String processRoutesPay(@PathVariable String slug, @PathVariable int number,
			@Valid @ModelAttribute("form") RoutesPayForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!this.editorial.entryRouteChoices().keySet().containsAll(form.getEntryRoutes())) {
			result.rejectValue("entryRoutes", "editorial.choice.unknown");
		}
		if (form.getPayBand() != null && !form.getPayBand().isEmpty()
				&& !this.editorial.payBandChoices().containsKey(form.getPayBand())) {
			result.rejectValue("payBand", "editorial.choice.unknown");
		}
		if (result.hasErrors()) {
			return failed(response, showRoutesPay(model, true));
		}
		try {
			this.editorial.saveRoutesPay(slug, number, form);
		}
		catch (EditConflict ex) {
			EditConflict.show(form, this.editorial.routesPay(draft(slug, number)), model, response);
			return showRoutesPay(model, true);
		}
		return saved(slug, number, "routes-pay", redirect);
	}

	@GetMapping("/{section:duties|requirements|skills|career-path|sources}")
	String initList(@PathVariable String slug, @PathVariable int number, @PathVariable String section, Model model) {
		ListSection list = ListSection.ofPath(section).orElseThrow();
		model.addAttribute("form", this.editorial.list(draft(slug, number), list));
		return showList(list, model, false);
	}

	@PostMapping("/{section:duties|requirements|skills|career-path|sources}")
	String processList(@PathVariable String slug, @PathVariable int number, @PathVariable String section,
			@ModelAttribute("form") ListForm form, BindingResult result,
			@RequestParam(name = "action", required = false) String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		ListSection list = ListSection.ofPath(section).orElseThrow();
		draft(slug, number);
		if (form.rearrange(action)) {
			return showList(list, model, false);
		}
		new ListRules(list, this.editorial.choices(list)).check(form, result);
		if (result.hasErrors()) {
			return failed(response, showList(list, model, true));
		}
		try {
			this.editorial.saveList(slug, number, list, form);
		}
		catch (EditConflict ex) {
			EditConflict.show(form, this.editorial.list(draft(slug, number), list),
					(values) -> Map.of(section, values.get("rows")), model, response);
			return showList(list, model, true);
		}
		return saved(slug, number, section, redirect);
	}

	private EditionRow draft(String slug, int number) {
		EditionRow edition = this.editorial.edition(slug, number);
		if (edition.state() != EditionState.DRAFT) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.notDraft");
		}
		return edition;
	}

	private String showDetails(Model model, boolean failed) {
		model.addAttribute("nations", Arrays.stream(Nation.values()).map(Nation::name).toList());
		return titled(model, "details", failed, "details-fields");
	}

	private String showRoutesPay(Model model, boolean failed) {
		// The routes the draft lists come first, in its order, so saving keeps that
		// order.
		Map<String, String> all = this.editorial.entryRouteChoices();
		Map<String, String> routes = new LinkedHashMap<>();
		if (model.getAttribute("form") instanceof RoutesPayForm form) {
			form.getEntryRoutes().stream().filter(all::containsKey).forEach((code) -> routes.put(code, all.get(code)));
		}
		routes.putAll(all);
		model.addAttribute("entryRouteChoices", routes);
		Map<String, String> payBands = new LinkedHashMap<>();
		payBands.put("", message("admin.form.none"));
		payBands.putAll(this.editorial.payBandChoices());
		model.addAttribute("payBandChoices", payBands);
		return titled(model, "routes-pay", failed, "routes-pay-fields");
	}

	private String showList(ListSection list, Model model, boolean failed) {
		model.addAttribute("listSection", list);
		model.addAttribute("choices", this.editorial.choices(list));
		model.addAttribute("kinds",
				(list == ListSection.SKILLS) ? List.of(Importance.values()) : List.of(LinkType.values()));
		model.addAttribute("routeChoices", this.editorial.entryRouteChoices());
		return titled(model, list.path(), failed, "list-fields");
	}

	private String titled(Model model, String section, boolean failed, String fields) {
		String heading = message("editorial.section." + section);
		model.addAttribute("sectionPath", section);
		model.addAttribute("heading", heading);
		model.addAttribute("pageTitle", failed ? message("admin.form.errorTitle", heading) : heading);
		model.addAttribute("fieldsTemplate", fields);
		return SECTION;
	}

	private static String failed(HttpServletResponse response, String view) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view;
	}

	private String saved(String slug, int number, String section, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", message("editorial.flash.saved", message("editorial.section." + section)));
		return "redirect:/admin/roles/" + slug + "/editions/" + number;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
