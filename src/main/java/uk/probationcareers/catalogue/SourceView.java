package uk.probationcareers.catalogue;

import java.time.LocalDate;

/**
 * Where a fact came from and when it was last checked; {@code supports} says which facts,
 * when known. {@code homePageOnly} marks a link to a site's home page because no deeper
 * page holding the fact could be confirmed.
 */
public record SourceView(String title, String publisher, String url, String licence, LocalDate dateChecked,
		boolean homePageOnly, String supports) {

	public static SourceView of(Source source) {
		return of(source, null);
	}

	public static SourceView of(Source source, String supports) {
		if (source == null) {
			return null;
		}
		return new SourceView(source.getTitle(), source.getPublisher(), source.getUrl(), source.getLicence(),
				source.getDateChecked(), source.isHomePageOnly(), supports);
	}

}
