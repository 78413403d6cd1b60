package uk.probationcareers.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Logs every refused admin request (a missing role, a missing or wrong CSRF token) with
 * who made it and from which address, then answers 403 as before.
 */
class LoggedAccessDenials implements AccessDeniedHandler {

	private static final Logger logger = LoggerFactory.getLogger(LoggedAccessDenials.class);

	private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		logger.warn("Access denied for '{}' from {}: {} {} ({})",
				(who != null) ? ThrottledAuthenticationProvider.loggable(who.getName()) : "-", request.getRemoteAddr(),
				request.getMethod(), ThrottledAuthenticationProvider.loggable(request.getRequestURI()),
				denied.getClass().getSimpleName());
		this.answer.handle(request, response, denied);
	}

}
