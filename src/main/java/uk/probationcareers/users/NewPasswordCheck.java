package uk.probationcareers.users;

import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The checks every new password gets, on the account page and when adding a user: the
 * password rules, then that the confirmation matches.
 */
@Component
class NewPasswordCheck {

	private final PasswordRules rules;

	NewPasswordCheck(PasswordRules rules) {
		this.rules = rules;
	}

	void check(String newPassword, String confirmPassword, Errors errors) {
		this.rules.problemWith(newPassword).ifPresent((problem) -> errors.rejectValue("newPassword", problem));
		if (!errors.hasFieldErrors("newPassword") && !Objects.equals(newPassword, confirmPassword)) {
			errors.rejectValue("confirmPassword", "password.mismatch");
		}
	}

}
