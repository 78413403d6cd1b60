package uk.probationcareers.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page. Every failure shows the same message, whatever went wrong.
 */
@Controller
class SignInController {

	static final String VIEW = "security/sign-in";

	static final String LAST_USERNAME = SignInController.class.getName() + ".username";

	private static final int KEPT_USERNAME_LENGTH = 100;

	private final MessageSource messages;

	SignInController(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping(SecurityConfiguration.SIGN_IN)
	String signIn(HttpServletRequest request, Model model, Locale locale) {
		SignInForm form = new SignInForm();
		model.addAttribute("signInForm", form);
		if (request.getParameter("error") != null) {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(LAST_USERNAME) instanceof String username) {
				form.setUsername(username);
				session.removeAttribute(LAST_USERNAME);
			}
			BindingResult result = new BeanPropertyBindingResult(form, "signInForm");
			result.rejectValue("username", "signIn.failed");
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "signInForm", result);
		}
		if (request.getParameter("expired") != null) {
			model.addAttribute("flash", this.messages.getMessage("signIn.expired", null, locale));
		}
		if (request.getParameter("signedOut") != null) {
			model.addAttribute("flash", this.messages.getMessage("signIn.signedOut", null, locale));
		}
		return VIEW;
	}

	/**
	 * After a failed sign-in: keep what was typed as the username (bounded), and show the
	 * page again with the one message.
	 */
	static void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String username = request.getParameter("username");
		if (username != null) {
			request.getSession()
				.setAttribute(LAST_USERNAME, (username.length() > KEPT_USERNAME_LENGTH)
						? username.substring(0, KEPT_USERNAME_LENGTH) : username);
		}
		response.sendRedirect(SecurityConfiguration.SIGN_IN + "?error");
	}

}
