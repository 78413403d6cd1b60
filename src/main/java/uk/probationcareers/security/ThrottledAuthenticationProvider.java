package uk.probationcareers.security;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import uk.probationcareers.users.AccessAudit;

/**
 * Checks a username and password against the database, behind the sign-in throttle. Every
 * refusal is the same {@link BadCredentialsException}, so nobody learns whether a user
 * exists, is disabled or is locked out. Successes and failures are logged with the
 * username and client address, never the password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private static final int LOGGED_USERNAME_LENGTH = 60;

	private final AuthenticationProvider passwordCheck;

	private final SignInThrottle throttle;

	private final AccessAudit audit;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle, AccessAudit audit) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = clientAddress(attempt);
		SignInThrottle.Attempt counted = this.throttle.begin(username, address);
		if (!counted.allowed()) {
			logger.warn("Sign-in refused for '{}' from {}: too many failed sign-ins ({})", loggable(username),
					loggable(address), counted.refusedBy());
			throw new BadCredentialsException("Refused");
		}
		try {
			Authentication result = this.passwordCheck.authenticate(attempt);
			this.throttle.succeeded(counted);
			logger.info("Signed in: '{}' from {}", loggable(username), loggable(address));
			return result;
		}
		catch (AuthenticationException ex) {
			logger.warn("Sign-in failed for '{}' from {}", loggable(username), loggable(address));
			for (SignInScope scope : counted.reachedLimit()) {
				Instant until = this.throttle.lockedUntil();
				logger.warn("Sign-in locked ({}) for '{}' from {} until {}", scope, loggable(username),
						loggable(address), until);
				this.audit.signInLocked(loggable(username), loggable(address), scope.name(), until);
			}
			throw new BadCredentialsException("Refused");
		}
	}

	/**
	 * The client's address as the trusted proxy reports it: Tomcat's RemoteIpValve
	 * ({@code server.forward-headers-strategy=native}) has already put it in
	 * {@code getRemoteAddr()}.
	 */
	static String clientAddress(Authentication attempt) {
		return (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null)
				? details.getRemoteAddress() : "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * A username as typed, safe for one log line: control characters replaced, length
	 * bounded.
	 */
	static String loggable(String username) {
		if (username == null) {
			return "";
		}
		String shown = (username.length() > LOGGED_USERNAME_LENGTH)
				? username.substring(0, LOGGED_USERNAME_LENGTH) + "…" : username;
		return shown.codePoints()
			.map((c) -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
