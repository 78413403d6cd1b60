package uk.probationcareers.passkeys;

import java.security.Principal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.probationcareers.system.SiteAddress;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserSummary;

/**
 * Your own passkeys (named, with when each was last used): add another, remove one but
 * never the last while the second factor is required. Admins can also reset someone
 * else's second factor, who then registers a passkey again at their next sign-in.
 */
@Controller
class PasskeysController {

	private static final String REDIRECT_TO_LIST = "redirect:" + SecondFactorController.PASSKEYS;

	private final SecondFactor secondFactor;

	private final AdminUsers users;

	private final SiteAddress site;

	private final MessageSource messages;

	PasskeysController(SecondFactor secondFactor, AdminUsers users, SiteAddress site, MessageSource messages) {
		this.secondFactor = secondFactor;
		this.users = users;
		this.site = site;
		this.messages = messages;
	}

	@GetMapping(SecondFactorController.PASSKEYS)
	String list(Principal principal, Model model) {
		String username = principal.getName();
		model.addAttribute("passkeys", this.secondFactor.passkeys(username));
		model.addAttribute("mayRemove", this.secondFactor.mayRemove(username));
		model.addAttribute("required", this.secondFactor.required());
		model.addAttribute("codesLeft", this.secondFactor.recoveryCodesLeft(username));
		model.addAttribute("passkeysPossible", PasskeyPages.possible(this.site));
		return "passkeys/list";
	}

	@GetMapping(SecondFactorController.PASSKEYS + "/{id}/remove")
	String confirmRemove(@PathVariable String id, Principal principal, Model model) {
		Passkey passkey = this.secondFactor.passkey(principal.getName(), id).orElseThrow(PasskeysController::notFound);
		model.addAttribute("passkey", passkey);
		model.addAttribute("last", !this.secondFactor.mayRemove(principal.getName()));
		return "passkeys/remove";
	}

	@PostMapping(SecondFactorController.PASSKEYS + "/{id}/remove")
	String remove(@PathVariable String id, Principal principal, Model model, RedirectAttributes redirect,
			Locale locale) {
		Passkey passkey = this.secondFactor.passkey(principal.getName(), id).orElseThrow(PasskeysController::notFound);
		if (!this.secondFactor.remove(principal.getName(), id)) {
			model.addAttribute("passkey", passkey);
			model.addAttribute("last", true);
			return "passkeys/remove";
		}
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("passkeys.removed", new Object[] { passkey.name() }, locale));
		return REDIRECT_TO_LIST;
	}

	@PostMapping(SecondFactorController.PASSKEYS + "/recovery-codes")
	String newRecoveryCodes(Principal principal, Model model) {
		model.addAttribute("codes", this.secondFactor.issueRecoveryCodes(principal.getName()));
		model.addAttribute("signedInWithPasskey", true);
		return "passkeys/recovery-codes";
	}

	@GetMapping("/admin/users/{id}/second-factor")
	String confirmReset(@PathVariable long id, Principal principal, Model model) {
		UserSummary user = this.users.find(id).orElseThrow(PasskeysController::notFound);
		model.addAttribute("user", user);
		model.addAttribute("self", user.username().equals(principal.getName()));
		model.addAttribute("passkeys", this.secondFactor.passkeys(user.username()).size());
		return "passkeys/reset";
	}

	@PostMapping("/admin/users/{id}/second-factor")
	String reset(@PathVariable long id, Principal principal, Model model, RedirectAttributes redirect, Locale locale) {
		UserSummary user = this.users.find(id).orElseThrow(PasskeysController::notFound);
		if (user.username().equals(principal.getName())) {
			model.addAttribute("user", user);
			model.addAttribute("self", true);
			model.addAttribute("passkeys", this.secondFactor.passkeys(user.username()).size());
			return "passkeys/reset";
		}
		this.secondFactor.reset(user);
		redirect.addFlashAttribute("flash",
				this.messages.getMessage("passkeys.reset.done", new Object[] { user.username() }, locale));
		return "redirect:/admin/users";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
