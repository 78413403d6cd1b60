package uk.probationcareers.api;

/**
 * Another role, named and linked: {@code href} in this API, {@code page} on the site.
 */
public record RoleLink(String slug, String title, String href, String page) {

	static RoleLink of(String slug, String title) {
		return new RoleLink(slug, title, Links.role(slug), Links.rolePage(slug));
	}

}
