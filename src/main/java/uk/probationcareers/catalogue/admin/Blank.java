package uk.probationcareers.catalogue.admin;

/**
 * Stores an empty answer as no value.
 */
final class Blank {

	private Blank() {
	}

	static String toNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
