package uk.probationcareers.admin;

/**
 * Stores an empty answer as no value.
 */
public final class Blank {

	private Blank() {
	}

	public static String toNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
