package uk.probationcareers.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session {@code admin.session.absolute-timeout} after it was first used
 * signed in, however busy it has been: the idle timeout alone would let a session in use
 * live for ever.
 */
class AbsoluteSessionLifetime extends OncePerRequestFilter {

	static final String SIGNED_IN_AT = AbsoluteSessionLifetime.class.getName() + ".signedInAt";

	private static final Logger logger = LoggerFactory.getLogger(AbsoluteSessionLifetime.class);

	private final Clock clock;

	private final Duration lifetime;

	AbsoluteSessionLifetime(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session != null && signedIn != null && signedIn.isAuthenticated()
				&& !(signedIn instanceof AnonymousAuthenticationToken)) {
			Instant now = this.clock.instant();
			if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant since)) {
				session.setAttribute(SIGNED_IN_AT, now);
			}
			else if (!now.isBefore(since.plus(this.lifetime))) {
				logger.info("Session of '{}' ended after its absolute lifetime of {}",
						ThrottledAuthenticationProvider.loggable(signedIn.getName()), this.lifetime);
				session.invalidate();
				SecurityContextHolder.clearContext();
				response.sendRedirect(request.getContextPath() + SecurityConfiguration.SIGN_IN + "?expired");
				return;
			}
		}
		chain.doFilter(request, response);
	}

}
