package uk.probationcareers.api;

/**
 * A search with nothing to search for: no {@code q}, or only spaces.
 */
class EmptySearch extends RuntimeException {

	EmptySearch() {
		super(null, null, false, false);
	}

}
