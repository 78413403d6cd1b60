package uk.probationcareers.search;

import java.util.List;

/**
 * What a search found: the query as searched (cut to its longest length), the hits, best
 * first, and a corrected query when a word looked misspelt.
 */
public record SearchResults(String query, boolean cut, List<SearchHit> hits, String suggestion) {

	/**
	 * How many characters of a query are searched; the rest is cut off.
	 */
	public static final int LONGEST = SearchQuery.LONGEST;

	static SearchResults none(SearchQuery query) {
		return new SearchResults(query.text(), query.cut(), List.of(), null);
	}

	public boolean searched() {
		return !this.query.isEmpty();
	}

	/**
	 * How many characters of a query are searched; the rest is cut off.
	 */
	public int longest() {
		return SearchQuery.LONGEST;
	}

	public boolean hasSuggestion() {
		return this.suggestion != null;
	}

}
