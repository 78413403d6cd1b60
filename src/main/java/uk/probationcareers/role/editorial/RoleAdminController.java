package uk.probationcareers.role.editorial;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.probationcareers.role.RoleGroup;

/**
 * The roles under {@code /admin/roles}: each role's editions and steps, a new draft, a
 * new role, withdrawing a role, comparing two editions and restoring an earlier one.
 */
@Controller
@RequestMapping("/admin/roles")
class RoleAdminController {

	static final String LIST = "role/editorial/list";

	static final String ROLE = "role/editorial/role";

	static final String NEW = "role/editorial/new";

	static final String WITHDRAW = "role/editorial/withdraw";

	static final String COMPARE = "role/editorial/compare";

	static final String ADDRESS = "role/editorial/address";

	private final EditorialService editorial;

	private final MessageSource messages;

	RoleAdminController(EditorialService editorial, MessageSource messages) {
		this.editorial = editorial;
		this.messages = messages;
	}

	@ModelAttribute("navSection")
	String navSection() {
		return "roles";
	}

	@GetMapping
	String list(Model model) {
		List<RoleRow> roles = this.editorial.roles();
		model.addAttribute("roles",
				roles.stream()
					.map((role) -> new RoleLine(role, this.editorial.editions(role).get(0),
							this.editorial.openEdition(role).orElse(null)))
					.toList());
		return LIST;
	}

	@GetMapping("/{slug}")
	String role(@PathVariable String slug, Model model) {
		RoleRow role = this.editorial.role(slug);
		List<EditionRow> editions = this.editorial.editions(role);
		model.addAttribute("role", role);
		model.addAttribute("editions", editions);
		model.addAttribute("title", editions.get(0).title());
		model.addAttribute("open", this.editorial.openEdition(role).orElse(null));
		model.addAttribute("steps", this.editorial.steps(role));
		return ROLE;
	}

	@PostMapping("/{slug}/editions")
	String createDraft(@PathVariable String slug, RedirectAttributes redirect) {
		int number = this.editorial.createDraft(slug);
		redirect.addFlashAttribute("flash", message("editorial.flash.created", number));
		return "redirect:/admin/roles/" + slug + "/editions/" + number;
	}

	@PostMapping("/{slug}/editions/{number}/restore")
	String restore(@PathVariable String slug, @PathVariable int number, RedirectAttributes redirect) {
		int draft = this.editorial.restore(slug, number);
		redirect.addFlashAttribute("flash", message("editorial.flash.restored", number, draft));
		return "redirect:/admin/roles/" + slug + "/editions/" + draft;
	}

	@GetMapping("/{slug}/compare")
	String compare(@PathVariable String slug, @RequestParam int from, @RequestParam int to, Model model) {
		EditionRow a = this.editorial.edition(slug, from);
		EditionRow b = this.editorial.edition(slug, to);
		model.addAttribute("role", this.editorial.role(slug));
		model.addAttribute("from", a);
		model.addAttribute("to", b);
		model.addAttribute("comparison", this.editorial.compare(a, b));
		return COMPARE;
	}

	@GetMapping("/new")
	String initNewRole(Model model) {
		model.addAttribute("form", new NewRoleForm());
		return showNewRole(model, false);
	}

	@PostMapping("/new")
	String processNewRole(@Valid @ModelAttribute("form") NewRoleForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (form.getGroup() != null
				&& Arrays.stream(RoleGroup.values()).noneMatch((group) -> group.name().equals(form.getGroup()))) {
			result.rejectValue("group", "editorial.newRole.group.required");
		}
		if (!result.hasFieldErrors("slug") && this.editorial.roleExists(form.getSlug())) {
			result.rejectValue("slug", "admin.form.code.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showNewRole(model, true);
		}
		this.editorial.newRole(form);
		redirect.addFlashAttribute("flash", message("editorial.flash.newRole", form.getTitle()));
		return "redirect:/admin/roles/" + form.getSlug() + "/editions/1";
	}

	@GetMapping("/{slug}/withdraw")
	String initWithdraw(@PathVariable String slug, Model model) {
		model.addAttribute("form", new WithdrawForm());
		return showWithdraw(slug, model, false);
	}

	@PostMapping("/{slug}/withdraw")
	String processWithdraw(@PathVariable String slug, @Valid @ModelAttribute("form") WithdrawForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> live = this.editorial.liveRoles();
		if (!form.getOnward().stream().allMatch(live::containsKey) || form.getOnward().contains(slug)) {
			result.rejectValue("onward", "editorial.withdraw.onward.unknown");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showWithdraw(slug, model, true);
		}
		int number = this.editorial.withdraw(slug, form);
		redirect.addFlashAttribute("flash", message("editorial.flash.withdrawal", number));
		return "redirect:/admin/roles/" + slug + "/editions/" + number;
	}

	/**
	 * Where the audit trail links a change to a role itself.
	 */
	@GetMapping("/{id:[0-9]+}/edit")
	String roleById(@PathVariable long id) {
		return "redirect:/admin/roles/" + this.editorial.role(id).slug();
	}

	@GetMapping("/{slug}/address")
	String initAddress(@PathVariable String slug, Model model) {
		AddressForm form = new AddressForm();
		form.setSlug(this.editorial.role(slug).slug());
		model.addAttribute("form", form);
		return showAddress(slug, model, false);
	}

	@PostMapping("/{slug}/address")
	String processAddress(@PathVariable String slug, @Valid @ModelAttribute("form") AddressForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		RoleRow role = this.editorial.role(slug);
		if (!result.hasFieldErrors("slug") && !slug.equals(form.getSlug())
				&& this.editorial.roleExists(form.getSlug())) {
			result.rejectValue("slug", "admin.form.code.taken");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return showAddress(role.slug(), model, true);
		}
		this.editorial.rename(slug, form.getSlug());
		redirect.addFlashAttribute("flash", message("editorial.flash.address", form.getSlug()));
		return "redirect:/admin/roles/" + form.getSlug();
	}

	private String showAddress(String slug, Model model, boolean failed) {
		RoleRow role = this.editorial.role(slug);
		String title = this.editorial.editions(role).get(0).title();
		String heading = message("editorial.address.title", title);
		model.addAttribute("pageTitle", failed ? message("admin.form.errorTitle", heading) : heading);
		model.addAttribute("heading", heading);
		model.addAttribute("role", role);
		return ADDRESS;
	}

	private String showNewRole(Model model, boolean failed) {
		String heading = message("editorial.newRole.title");
		model.addAttribute("pageTitle", failed ? message("admin.form.errorTitle", heading) : heading);
		model.addAttribute("groups", Arrays.stream(RoleGroup.values()).map(RoleGroup::name).toList());
		return NEW;
	}

	private String showWithdraw(String slug, Model model, boolean failed) {
		RoleRow role = this.editorial.role(slug);
		String heading = message("editorial.withdraw.title", this.editorial.editions(role).get(0).title());
		model.addAttribute("pageTitle", failed ? message("admin.form.errorTitle", heading) : heading);
		Map<String, String> onward = new LinkedHashMap<>(this.editorial.liveRoles());
		onward.remove(slug);
		model.addAttribute("role", role);
		model.addAttribute("title", this.editorial.editions(role).get(0).title());
		model.addAttribute("onwardChoices", onward);
		return WITHDRAW;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * One line of the roles list: the role, its newest edition and any open one.
	 */
	record RoleLine(RoleRow role, EditionRow newest, EditionRow open) {
	}

}
