package uk.probationcareers.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One result: what it is, where it is, and the part of it that matched.
 */
public record SearchHit(String kindKey, String title, String url, List<Segment> otherTitles, List<Segment> snippet,
		List<SearchEntry.Link> links) {

	/**
	 * What was found, as a word for data: {@code role}, {@code route}, {@code skill} or
	 * {@code pay-band}.
	 */
	public String kind() {
		return this.kindKey.substring(this.kindKey.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The snippet as plain text, without marking the words that matched.
	 */
	public String snippetText() {
		return this.snippet.stream().map(Segment::text).collect(Collectors.joining());
	}

}
