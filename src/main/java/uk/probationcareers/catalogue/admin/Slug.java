package uk.probationcareers.catalogue.admin;

/**
 * The pattern every code in the catalogue follows: lowercase letters and digits, words
 * joined by single hyphens, so it is safe in an address.
 */
final class Slug {

	static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private Slug() {
	}

}
