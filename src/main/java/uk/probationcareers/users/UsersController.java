package uk.probationcareers.users;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Admins add users, disable them (after confirming) and re-enable them. Nobody can
 * disable themselves.
 */
@Controller
class UsersController {

	private static final String LIST = "users/list";

	private static final String NEW = "users/new";

	private static final String DISABLE = "users/disable";

	private static final String REDIRECT_TO_LIST = "redirect:/admin/users";

	private final AdminUsers users;

	private final NewPasswordCheck newPassword;

	private final MessageSource messages;

	UsersController(AdminUsers users, NewPasswordCheck newPassword, MessageSource messages) {
		this.users = users;
		this.newPassword = newPassword;
		this.messages = messages;
	}

	@InitBinder("newUserForm")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "role", "newPassword", "confirmPassword");
	}

	@ModelAttribute("roles")
	List<UserRole> roles() {
		return List.of(UserRole.values());
	}

	@GetMapping("/admin/users")
	String list(Model model, Principal principal) {
		model.addAttribute("users", this.users.list());
		model.addAttribute("me", principal.getName());
		return LIST;
	}

	@GetMapping("/admin/users/new")
	String initCreationForm(@ModelAttribute NewUserForm newUserForm) {
		return NEW;
	}

	@PostMapping("/admin/users/new")
	String processCreationForm(@ModelAttribute NewUserForm form, BindingResult result, RedirectAttributes redirect,
			Locale locale) {
		String username = Usernames.normalise(form.getUsername());
		if (username.isEmpty()) {
			result.rejectValue("username", "users.username.required");
		}
		else if (!Usernames.isValid(username)) {
			result.rejectValue("username", "users.username.invalid");
		}
		else if (this.users.exists(username)) {
			result.rejectValue("username", "users.username.taken");
		}
		if (form.getRole() == null && !result.hasFieldErrors("role")) {
			result.rejectValue("role", "users.role.required");
		}
		this.newPassword.check(form.getNewPassword(), form.getConfirmPassword(), result);
		if (result.hasErrors()) {
			form.forgetPasswords();
			return NEW;
		}
		this.users.addWithOneTimePassword(username, form.getNewPassword(), form.getRole());
		redirect.addFlashAttribute("flash", this.messages.getMessage("users.added", new Object[] { username }, locale));
		return REDIRECT_TO_LIST;
	}

	@GetMapping("/admin/users/{id}/disable")
	String confirmDisable(@PathVariable long id, Model model, Principal principal) {
		UserSummary user = this.users.find(id).orElseThrow(UsersController::notFound);
		model.addAttribute("user", user);
		model.addAttribute("self", user.username().equals(principal.getName()));
		return DISABLE;
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable long id, Model model, Principal principal, RedirectAttributes redirect,
			Locale locale) {
		UserSummary user = this.users.find(id).orElseThrow(UsersController::notFound);
		if (user.username().equals(principal.getName())) {
			model.addAttribute("user", user);
			model.addAttribute("self", true);
			return DISABLE;
		}
		this.users.setEnabled(id, false);
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("users.disabled", new Object[] { user.username() }, locale));
		return REDIRECT_TO_LIST;
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		UserSummary user = this.users.setEnabled(id, true).orElseThrow(UsersController::notFound);
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("users.enabled", new Object[] { user.username() }, locale));
		return REDIRECT_TO_LIST;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
