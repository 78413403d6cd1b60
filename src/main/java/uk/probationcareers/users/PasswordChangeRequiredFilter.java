package uk.probationcareers.users;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends someone signed in with a password chosen by someone else to the account page
 * until they have chosen their own: nothing else in the admin area answers them.
 */
public class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String ACCOUNT = "/admin/account";

	private static final Set<String> ALLOWED = Set.of(ACCOUNT, "/admin/sign-in", "/admin/sign-out");

	private final AdminUsers users;

	public PasswordChangeRequiredFilter(AdminUsers users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)
				&& !ALLOWED.contains(path) && this.users.mustChangePassword(signedIn.getName())) {
			response.sendRedirect(request.getContextPath() + ACCOUNT);
			return;
		}
		chain.doFilter(request, response);
	}

}
