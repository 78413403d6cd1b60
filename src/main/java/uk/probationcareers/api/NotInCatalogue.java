package uk.probationcareers.api;

/**
 * Nothing published answers to this address: a role, a route or a path of the API.
 */
class NotInCatalogue extends RuntimeException {

	private final String kind;

	private final String key;

	NotInCatalogue(String kind, String key) {
		super(null, null, false, false);
		this.kind = kind;
		this.key = key;
	}

	String kind() {
		return this.kind;
	}

	String key() {
		return this.key;
	}

}
