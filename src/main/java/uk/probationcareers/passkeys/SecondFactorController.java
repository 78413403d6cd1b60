package uk.probationcareers.passkeys;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.probationcareers.system.SiteAddress;

/**
 * The second step of signing in: a passkey, or one of the recovery codes instead. Someone
 * without a passkey registers their first here, and is then shown their recovery codes,
 * once.
 */
@Controller
class SecondFactorController {

	static final String STEP = "/admin/second-factor";

	static final String REGISTER = STEP + "/register";

	static final String REGISTERED = STEP + "/registered";

	static final String PASSKEYS = "/admin/account/passkeys";

	/**
	 * Set when the registration page is shown to someone registering their first passkey.
	 */
	static final String FIRST_PASSKEY = SecondFactorController.class.getName() + ".FIRST_PASSKEY";

	private final SecondFactor secondFactor;

	private final SiteAddress site;

	private final MessageSource messages;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SecondFactorController(SecondFactor secondFactor, SiteAddress site, MessageSource messages) {
		this.secondFactor = secondFactor;
		this.site = site;
		this.messages = messages;
	}

	@InitBinder("recoveryCodeForm")
	void allowOnlyCode(WebDataBinder binder) {
		binder.setAllowedFields("code");
	}

	@InitBinder("passkeyForm")
	void allowOnlyName(WebDataBinder binder) {
		binder.setAllowedFields("name");
	}

	@ModelAttribute("passkeysPossible")
	boolean passkeysPossible() {
		return PasskeyPages.possible(this.site);
	}

	@GetMapping(STEP)
	String step(@ModelAttribute RecoveryCodeForm recoveryCodeForm, Principal principal) {
		if (hasEveryFactor()) {
			return "redirect:/admin";
		}
		if (!this.secondFactor.hasPasskey(principal.getName())) {
			return "redirect:" + REGISTER;
		}
		return "passkeys/step";
	}

	@PostMapping(STEP + "/recovery-code")
	String useRecoveryCode(@ModelAttribute RecoveryCodeForm form, BindingResult result, Principal principal,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		if (SecondFactor.normalise(form.getCode()).isEmpty()) {
			result.rejectValue("code", "secondFactor.code.required");
		}
		else if (!this.secondFactor.useRecoveryCode(principal.getName(), form.getCode())) {
			result.rejectValue("code", "secondFactor.code.wrong");
		}
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "passkeys/step";
		}
		grantSecondFactor(request, response);
		redirect.addFlashAttribute("flash", this.messages.getMessage("secondFactor.codeUsed",
				new Object[] { this.secondFactor.recoveryCodesLeft(principal.getName()) }, locale));
		return "redirect:" + PASSKEYS;
	}

	@GetMapping(REGISTER)
	String register(@ModelAttribute PasskeyForm passkeyForm, Principal principal, HttpSession session, Model model) {
		boolean first = !this.secondFactor.hasPasskey(principal.getName());
		if (first) {
			session.setAttribute(FIRST_PASSKEY, true);
		}
		model.addAttribute("first", first);
		return "passkeys/register";
	}

	/**
	 * Without JavaScript the form comes here: the name is checked, and the page says the
	 * passkey itself needs JavaScript.
	 */
	@PostMapping(REGISTER)
	String registerWithoutScript(@ModelAttribute PasskeyForm form, BindingResult result, Principal principal,
			HttpServletResponse response, Model model) {
		String name = (form.getName() != null) ? form.getName().strip() : "";
		if (name.isEmpty()) {
			result.rejectValue("name", "passkeys.name.required");
		}
		else if (name.length() > PasskeyForm.MAX_NAME) {
			result.rejectValue("name", "passkeys.name.tooLong", new Object[] { PasskeyForm.MAX_NAME }, null);
		}
		else {
			result.reject("passkeys.needsScript");
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("first", !this.secondFactor.hasPasskey(principal.getName()));
		return "passkeys/register";
	}

	/**
	 * Where the browser goes once a passkey is registered: after the first, the recovery
	 * codes, shown this once; after another, the list of passkeys.
	 */
	@GetMapping(REGISTERED)
	String registered(Principal principal, HttpSession session, Model model, RedirectAttributes redirect,
			Locale locale) {
		String username = principal.getName();
		boolean firstInThisSession = Boolean.TRUE.equals(session.getAttribute(FIRST_PASSKEY));
		if (!this.secondFactor.hasPasskey(username)) {
			return "redirect:" + REGISTER;
		}
		if (!this.secondFactor.hasRecoveryCodes(username) && (firstInThisSession || hasEveryFactor())) {
			session.removeAttribute(FIRST_PASSKEY);
			List<String> codes = this.secondFactor.issueRecoveryCodes(username);
			model.addAttribute("codes", codes);
			model.addAttribute("signedInWithPasskey", hasEveryFactor());
			return "passkeys/recovery-codes";
		}
		if (!hasEveryFactor()) {
			return "redirect:" + STEP;
		}
		redirect.addFlashAttribute("flash", this.messages.getMessage("passkeys.added", null, locale));
		return "redirect:" + PASSKEYS;
	}

	/**
	 * A recovery code counts as the passkey: the session gains the passkey factor, under
	 * a new session id as at every sign-in.
	 */
	private void grantSecondFactor(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Authentication upgraded = current.toBuilder()
			.authorities((authorities) -> authorities
				.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY)))
			.build();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(upgraded);
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
	}

	/**
	 * Whether this session has passed the second factor, or needs none.
	 */
	private boolean hasEveryFactor() {
		if (!this.secondFactor.required()) {
			return true;
		}
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null && current.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(FactorGrantedAuthority.WEBAUTHN_AUTHORITY::equals);
	}

}
