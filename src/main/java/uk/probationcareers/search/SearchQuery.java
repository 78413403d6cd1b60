package uk.probationcareers.search;

/**
 * The words someone typed, tidied: control characters and runs of white space made single
 * spaces, and anything past {@link #LONGEST} characters cut off (never inside a character
 * outside the Basic Multilingual Plane).
 */
record SearchQuery(String text, boolean cut) {

	static final int LONGEST = 200;

	static SearchQuery of(String typed) {
		if (typed == null) {
			return new SearchQuery("", false);
		}
		String tidy = typed.replaceAll("[\\p{Cntrl}\\p{Z}\\s]+", " ").strip();
		boolean cut = tidy.codePointCount(0, tidy.length()) > LONGEST;
		if (cut) {
			tidy = tidy.substring(0, tidy.offsetByCodePoints(0, LONGEST)).strip();
		}
		return new SearchQuery(tidy, cut);
	}

	boolean isEmpty() {
		return this.text.isEmpty();
	}

}
