package uk.probationcareers.users;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing your own password, which also ends your other sessions. Someone whose password
 * was chosen by someone else is sent here before anything else.
 */
@Controller
class AccountController {

	private static final String VIEW = "users/account";

	private final AdminUsers users;

	private final NewPasswordCheck newPassword;

	private final MessageSource messages;

	AccountController(AdminUsers users, NewPasswordCheck newPassword, MessageSource messages) {
		this.users = users;
		this.newPassword = newPassword;
		this.messages = messages;
	}

	@InitBinder("passwordChangeForm")
	void allowOnlyFormFields(WebDataBinder binder) {
		binder.setAllowedFields("currentPassword", "newPassword", "confirmPassword");
	}

	@GetMapping("/admin/account")
	String initChangeForm(@ModelAttribute PasswordChangeForm passwordChangeForm, Principal principal, Model model) {
		model.addAttribute("mustChange", this.users.mustChangePassword(principal.getName()));
		return VIEW;
	}

	@PostMapping("/admin/account")
	String processChangeForm(@ModelAttribute PasswordChangeForm form, BindingResult result, Principal principal,
			HttpSession session, Model model, RedirectAttributes redirect, Locale locale) {
		if (form.getCurrentPassword() == null || form.getCurrentPassword().isEmpty()) {
			result.rejectValue("currentPassword", "account.currentPassword.required");
		}
		else if (!this.users.passwordMatches(principal.getName(), form.getCurrentPassword())) {
			result.rejectValue("currentPassword", "account.currentPassword.wrong");
		}
		this.newPassword.check(form.getNewPassword(), form.getConfirmPassword(), result);
		if (result.hasErrors()) {
			form.forgetPasswords();
			model.addAttribute("mustChange", this.users.mustChangePassword(principal.getName()));
			return VIEW;
		}
		this.users.changePassword(principal.getName(), form.getNewPassword(), session.getId());
		redirect.addFlashAttribute("flash", this.messages.getMessage("account.changed", null, locale));
		return "redirect:/admin/account";
	}

}
