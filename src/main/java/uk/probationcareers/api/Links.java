package uk.probationcareers.api;

/**
 * Addresses the API links to, relative to the site, so they never depend on the host a
 * request named.
 */
final class Links {

	static final String BASE = "/api/v1";

	private Links() {
	}

	static String role(String slug) {
		return BASE + "/roles/" + slug;
	}

	static String rolePage(String slug) {
		return "/roles/" + slug;
	}

	static String route(String code) {
		return BASE + "/routes/" + code;
	}

	static String routePage(String code) {
		return "/routes/" + code;
	}

}
