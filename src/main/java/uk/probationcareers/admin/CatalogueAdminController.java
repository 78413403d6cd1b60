package uk.probationcareers.admin;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.probationcareers.model.VersionedEntity;

/**
 * List, create, change and delete one kind of catalogue row under
 * {@code /admin/{section}}: the same pages, errors, conflicts and audit history for every
 * kind. Every change asks why it is made, goes live at once and waits on the dashboard
 * until someone else checks it. A subclass names its section and adds its own rules and
 * choices.
 */
@TrimmedInput
public abstract class CatalogueAdminController<E extends VersionedEntity, F extends CatalogueForm> {

	static final String LIST = "admin/catalogue/list";

	static final String EDIT = "admin/catalogue/edit";

	static final String DELETE = "admin/catalogue/delete";

	private final CatalogueService<E, F> service;

	private final MessageSource messages;

	private final String section;

	protected CatalogueAdminController(String section, CatalogueService<E, F> service, MessageSource messages) {
		this.section = section;
		this.service = service;
		this.messages = messages;
	}

	protected abstract F emptyForm();

	/**
	 * The template holding this kind's form fields, beside its feature's other pages.
	 */
	protected abstract String fieldsTemplate();

	@ModelAttribute("fieldsTemplate")
	String fieldsTemplateName() {
		return fieldsTemplate();
	}

	/**
	 * Adds what the form's selects and radios offer.
	 */
	protected void addChoices(Model model) {
	}

	/**
	 * Rules beyond the form's own annotations; {@code id} is {@code null} for a new row.
	 */
	protected void check(F form, Long id, Errors errors) {
	}

	@InitBinder("form")
	void refuseServerOwnedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "*.id");
	}

	@ModelAttribute("kind")
	String section() {
		return this.section;
	}

	/**
	 * The service navigation item this section sits under.
	 */
	protected String navSection() {
		return this.section;
	}

	@ModelAttribute
	void sectionWords(Model model) {
		model.addAttribute("navSection", navSection());
		model.addAttribute("one", message("admin." + this.section + ".one"));
		model.addAttribute("aOne", message("admin." + this.section + ".aOne"));
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("rows", this.service.list());
		model.addAttribute("pageTitle", message("admin." + this.section + ".title"));
		return LIST;
	}

	@GetMapping("/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", emptyForm());
		return showForm(model, null, false);
	}

	@PostMapping("/new")
	String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		checkAll(form, null, result);
		if (!result.hasErrors()) {
			try {
				this.service.create(form);
				redirect.addFlashAttribute("flash", message("admin.catalogue.created", form.label()));
				return "redirect:/admin/" + this.section;
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("code", "admin.form.code.taken");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, null, true);
	}

	@GetMapping("/{id}/edit")
	String initUpdateForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.service.form(id));
		return showForm(model, id, false);
	}

	@PostMapping("/{id}/edit")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		checkAll(form, id, result);
		if (!result.hasErrors()) {
			try {
				this.service.update(id, form);
				redirect.addFlashAttribute("flash", message("admin.catalogue.saved", form.label()));
				return "redirect:/admin/" + this.section;
			}
			catch (EditConflict ex) {
				EditConflict.show(form, this.service.form(id), model, response);
				return showForm(model, id, true);
			}
			catch (DataIntegrityViolationException ex) {
				result.rejectValue("code", "admin.form.code.taken");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return showForm(model, id, true);
	}

	@GetMapping("/{id}/delete")
	String initDeleteForm(@PathVariable long id, Model model) {
		model.addAttribute("change", new DeleteForm());
		return showDelete(model, id, this.service.usages(id));
	}

	@PostMapping("/{id}/delete")
	String processDeleteForm(@PathVariable long id, @Valid @ModelAttribute("change") DeleteForm change,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		String label = this.service.form(id).label();
		List<Usage> usages = this.service.usages(id);
		if (!usages.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showDelete(model, id, usages);
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			showDelete(model, id, usages);
			model.addAttribute("pageTitle", message("admin.form.errorTitle", model.getAttribute("pageTitle")));
			return DELETE;
		}
		try {
			this.service.delete(id, change.getReason());
		}
		catch (RowInUse ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showDelete(model, id, ex.getUsages());
		}
		catch (DataIntegrityViolationException ex) {
			// Something started using the row between the check and the delete.
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return showDelete(model, id, this.service.usages(id));
		}
		redirect.addFlashAttribute("flash", message("admin.catalogue.deleted", label));
		return "redirect:/admin/" + this.section;
	}

	private String showForm(Model model, Long id, boolean failed) {
		String aOne = message("admin." + this.section + ".aOne");
		String heading = message((id != null) ? "admin.catalogue.edit.title" : "admin.catalogue.new.title", aOne);
		model.addAttribute("heading", heading);
		model.addAttribute("pageTitle", failed ? message("admin.form.errorTitle", heading) : heading);
		model.addAttribute("id", id);
		model.addAttribute("history", (id != null) ? this.service.history(id) : List.of());
		addChoices(model);
		return EDIT;
	}

	private String showDelete(Model model, long id, List<Usage> usages) {
		String label = this.service.form(id).label();
		String one = message("admin." + this.section + ".one");
		model.addAttribute("pageTitle",
				message(usages.isEmpty() ? "admin.delete.heading" : "admin.delete.inUse.heading", one, label));
		model.addAttribute("id", id);
		model.addAttribute("label", label);
		model.addAttribute("usages", usages);
		return DELETE;
	}

	private void checkAll(F form, Long id, BindingResult result) {
		if (form.getCode() != null && !result.hasFieldErrors("code") && this.service.codeTaken(form.getCode(), id)) {
			result.rejectValue("code", "admin.form.code.taken");
		}
		check(form, id, result);
	}

	protected String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
