package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.stream.Stream;

import uk.probationcareers.catalogue.SourceView;

/**
 * Where a fact came from, under which licence (null when the source states none), and
 * when it was last checked; {@code supports} says which facts, when known.
 */
public record Citation(String title, String publisher, String url, String licence, LocalDate dateChecked,
		boolean homePageOnly, String supports) implements Dated {

	static Citation of(SourceView source) {
		if (source == null) {
			return null;
		}
		return new Citation(source.title(), source.publisher(), source.url(), source.licence(), source.dateChecked(),
				source.homePageOnly(), source.supports());
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.of(this.dateChecked);
	}

}
