package uk.probationcareers.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every handler mapped under /admin: none answers anyone who has not signed in, and
 * none under /admin/users answers an editor. A new handler is covered without a change
 * here.
 */
class AdminAccessTest extends AdminSiteTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noAdminHandlerAnswersAnyoneWhoHasNotSignedIn() {
		HttpPages anonymous = HttpPages.withCookies(this.port);
		String token = HttpPages.csrfToken(anonymous.get(SecurityConfiguration.SIGN_IN).body());
		List<String> reachable = new ArrayList<>();
		for (Endpoint endpoint : adminEndpoints()) {
			if (endpoint.path().equals(SecurityConfiguration.SIGN_IN)) {
				continue;
			}
			HttpResponse<String> response = endpoint.call(anonymous, token);
			boolean toSignIn = response.statusCode() == 302
					&& response.headers().firstValue("Location").orElse("").endsWith(SecurityConfiguration.SIGN_IN);
			if (!toSignIn && response.statusCode() != 401 && response.statusCode() != 403) {
				reachable.add(endpoint + " -> " + response.statusCode());
			}
		}
		assertThat(reachable).isEmpty();
	}

	@Test
	void noUsersHandlerAnswersAnEditor() {
		HttpPages editor = signedIn(UserRole.EDITOR);
		String token = HttpPages.csrfToken(editor.get("/admin").body());
		List<String> reachable = new ArrayList<>();
		List<Endpoint> usersEndpoints = adminEndpoints().stream()
			.filter((endpoint) -> endpoint.path().startsWith("/admin/users"))
			.toList();
		assertThat(usersEndpoints).hasSizeGreaterThanOrEqualTo(5);
		for (Endpoint endpoint : usersEndpoints) {
			HttpResponse<String> response = endpoint.call(editor, token);
			if (response.statusCode() != 403) {
				reachable.add(endpoint + " -> " + response.statusCode());
			}
		}
		assertThat(reachable).isEmpty();
	}

	@Test
	void theWalkFindsTheAdminHandlers() {
		assertThat(adminEndpoints()).extracting(Endpoint::path)
			.contains("/admin", "/admin/account", "/admin/users", "/admin/users/new", "/admin/users/1/disable",
					"/admin/users/1/enable");
	}

	private List<Endpoint> adminEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/admin") || pattern.startsWith("/admin/")) {
					String path = pattern.replaceAll("\\{[^}]+}", "1");
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
							: methods) {
						endpoints.add(new Endpoint(method, path));
					}
				}
			}
		});
		return endpoints;
	}

	record Endpoint(RequestMethod method, String path) {

		HttpResponse<String> call(HttpPages pages, String csrfToken) {
			return switch (this.method) {
				case GET, HEAD -> pages.get(this.path);
				default -> pages.post(this.path, HttpPages.encode(Map.of("_csrf", csrfToken)));
			};
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

}
