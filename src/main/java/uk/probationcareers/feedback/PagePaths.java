package uk.probationcareers.feedback;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.routes.RouteCatalogue;

/**
 * Which pages readers may send feedback about: the public pages of this site, named by
 * their path alone (never a full address, a query or another site), and where an editor
 * fixes each one.
 */
@Component
class PagePaths {

	static final int LONGEST = 200;

	private static final Set<String> FIXED = Set.of("/", "/roles", "/routes", "/compare", "/pay", "/career-paths",
			"/route-finder", "/route-finder/results", "/route-finder/check", "/changes", "/accessibility", "/cookies",
			"/privacy", "/api", "/search");

	private static final Pattern ROLE = Pattern.compile("/roles/([a-z0-9-]{1,100})");

	private static final Pattern ROUTE = Pattern.compile("/routes/([a-z0-9-]{1,60})");

	private static final Pattern QUESTION = Pattern.compile("/route-finder/[a-z0-9-]{1,60}");

	private final RoleCatalogue roles;

	private final RouteCatalogue routes;

	private final JdbcTemplate jdbc;

	PagePaths(RoleCatalogue roles, RouteCatalogue routes, JdbcTemplate jdbc) {
		this.roles = roles;
		this.routes = routes;
		this.jdbc = jdbc;
	}

	/**
	 * Whether the path has the shape of a public page, without looking anything up: the
	 * pages that show the feedback block.
	 */
	static boolean looksPublic(String path) {
		if (path == null || path.length() > LONGEST) {
			return false;
		}
		return FIXED.contains(path) || ROLE.matcher(path).matches() || ROUTE.matcher(path).matches()
				|| QUESTION.matcher(path).matches();
	}

	/**
	 * Whether the path names a page this site publishes today.
	 */
	boolean isKnown(String path) {
		if (!looksPublic(path)) {
			return false;
		}
		var role = ROLE.matcher(path);
		if (role.matches()) {
			String slug = role.group(1);
			return this.roles.profile(slug).isPresent() || this.roles.withdrawal(slug).isPresent();
		}
		var route = ROUTE.matcher(path);
		if (route.matches()) {
			return RouteCatalogue.find(this.routes.routes(), route.group(1)).isPresent();
		}
		return true;
	}

	/**
	 * Where an editor changes what the page shows: a role's editorial page, a route's
	 * edit screen, or else the public page itself.
	 */
	String editPage(String path) {
		var role = ROLE.matcher(path);
		if (role.matches()) {
			return "/admin/roles/" + role.group(1);
		}
		var route = ROUTE.matcher(path);
		if (route.matches()) {
			return routeId(route.group(1)).map((id) -> "/admin/entry-routes/" + id + "/edit").orElse(path);
		}
		return path;
	}

	private Optional<Long> routeId(String code) {
		List<Long> ids = this.jdbc.queryForList("SELECT id FROM entry_route WHERE code = ?", Long.class, code);
		return ids.stream().findFirst();
	}

}
