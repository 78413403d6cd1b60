package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a search found, as the site's own search page shows it: the query as searched
 * (tidied, and cut to its longest length, saying so), a suggested spelling if a word
 * looked misspelt, and the results, best first.
 */
public record SearchAnswer(String query, boolean cut, String suggestion, List<Result> results) implements Dated {

	@Override
	public Stream<LocalDate> checkedDates() {
		return Dated.ofAll(this.results);
	}

	/**
	 * One result: its rank (1 is the best), what it is, its title, its page on the site,
	 * its address in this API, the part of it that matched as plain text, and when the
	 * facts it leads to were last checked.
	 */
	public record Result(int rank, String kind, String title, String page, String href, String snippet,
			LocalDate dateChecked) implements Dated {

		@Override
		public Stream<LocalDate> checkedDates() {
			return Stream.of(this.dateChecked);
		}

	}

}
