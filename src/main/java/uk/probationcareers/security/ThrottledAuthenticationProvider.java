package uk.probationcareers.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks a username and password against the database, refusing a username that has
 * failed too often. Every refusal is the same {@link BadCredentialsException}, so nobody
 * learns whether a user exists, is disabled or is locked out. Successes and failures are
 * logged with the username, never the password.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger logger = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private static final int LOGGED_USERNAME_LENGTH = 60;

	private final AuthenticationProvider passwordCheck;

	private final SignInThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		if (this.throttle.isLocked(username)) {
			logger.warn("Sign-in refused for '{}': too many failed sign-ins", loggable(username));
			throw new BadCredentialsException("Refused");
		}
		try {
			Authentication result = this.passwordCheck.authenticate(attempt);
			this.throttle.recordSuccess(username);
			logger.info("Signed in: '{}'", loggable(username));
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(username);
			logger.warn("Sign-in failed for '{}'", loggable(username));
			throw new BadCredentialsException("Refused");
		}
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
