package uk.probationcareers.api;

/**
 * A role or route asked for by a code it had before: answered with 301 and its current
 * address.
 */
class MovedInCatalogue extends RuntimeException {

	private final String path;

	MovedInCatalogue(String path) {
		super(null, null, false, false);
		this.path = path;
	}

	String path() {
		return this.path;
	}

}
