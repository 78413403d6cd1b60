package uk.probationcareers.passkeys;

import java.util.function.Supplier;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;
import uk.probationcareers.users.AdminUsers;

/**
 * Who reaches which part of the admin area, factor by factor. With the second factor
 * required, signing in with a password alone reaches only the passkey step (and, for a
 * password someone else chose, the password change, and for someone without a passkey
 * yet, registering their first); everything else also needs the passkey. Without it,
 * every page needs only the role.
 */
@Component
public class SecondFactorRules {

	/** The pages of the passkey step: a password alone reaches them. */
	public static final String[] PASSKEY_STEP = { SecondFactorController.STEP,
			SecondFactorController.STEP + "/recovery-code", SecondFactorController.REGISTERED };

	/**
	 * Registering a passkey: the page, and where its browser script sends the new
	 * passkey.
	 */
	public static final String[] REGISTRATION = { SecondFactorController.REGISTER, "/webauthn/register" };

	private static final String[] ROLES = { "EDITOR", "ADMIN" };

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final SecondFactor secondFactor;

	private final AdminUsers users;

	private final AuthorizationManager<RequestAuthorizationContext> signedInWithPassword;

	private final AuthorizationManager<RequestAuthorizationContext> everyFactor;

	SecondFactorRules(SecondFactor secondFactor, AdminUsers users) {
		this.secondFactor = secondFactor;
		this.users = users;
		AuthorizationManager<RequestAuthorizationContext> role = AuthorityAuthorizationManager.hasAnyRole(ROLES);
		if (secondFactor.required()) {
			this.signedInWithPassword = AuthorizationManagers.allOf(role,
					AuthorityAuthorizationManager.hasAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
			this.everyFactor = AuthorizationManagerFactories.<RequestAuthorizationContext>multiFactor()
				.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
				.build()
				.hasAnyRole(ROLES);
		}
		else {
			this.signedInWithPassword = role;
			this.everyFactor = role;
		}
	}

	/**
	 * The passkey step: signed in with a password, the second factor still to come.
	 */
	public AuthorizationManager<RequestAuthorizationContext> passkeyStep() {
		return this.signedInWithPassword;
	}

	/**
	 * Registering a passkey: with a password alone only for someone who has none yet (and
	 * has chosen their own password), at their first sign-in; otherwise with both
	 * factors, so a stolen password cannot add a passkey of its own.
	 */
	public AuthorizationManager<RequestAuthorizationContext> firstPasskeyOrEveryFactor() {
		return (authentication, context) -> {
			if (withPasswordOnly(authentication, context) && !this.secondFactor.hasPasskey(name(authentication))
					&& !this.users.mustChangePassword(name(authentication))) {
				return new AuthorizationDecision(true);
			}
			return this.everyFactor.authorize(authentication, context);
		};
	}

	/**
	 * The account page: with a password alone only to change a password someone else
	 * chose, which comes before registering a passkey.
	 */
	public AuthorizationManager<RequestAuthorizationContext> passwordChangeOrEveryFactor() {
		return (authentication, context) -> {
			if (withPasswordOnly(authentication, context) && this.users.mustChangePassword(name(authentication))) {
				return new AuthorizationDecision(true);
			}
			return this.everyFactor.authorize(authentication, context);
		};
	}

	/**
	 * Sends someone missing the passkey to the passkey step, and someone missing the
	 * password to the sign-in page, each to come back to the page they asked for;
	 * anything else is refused by {@code otherwise}.
	 */
	public AccessDeniedHandler missingFactors(String signInPage, AccessDeniedHandler otherwise) {
		DelegatingMissingAuthorityAccessDeniedHandler handler = DelegatingMissingAuthorityAccessDeniedHandler.builder()
			.addEntryPointFor(new LoginUrlAuthenticationEntryPoint(SecondFactorController.STEP),
					FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
			.addEntryPointFor(new LoginUrlAuthenticationEntryPoint(signInPage),
					FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.build();
		handler.setDefaultAccessDeniedHandler(otherwise);
		handler.setRequestCache(new HttpSessionRequestCache());
		return handler;
	}

	private boolean withPasswordOnly(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		AuthorizationResult result = this.signedInWithPassword.authorize(authentication, context);
		return result != null && result.isGranted() && trust.isAuthenticated(authentication.get());
	}

	private static String name(Supplier<? extends Authentication> authentication) {
		return authentication.get().getName();
	}

}
