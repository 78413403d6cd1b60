package uk.probationcareers.search;

import java.util.List;

/**
 * One result: what it is, where it is, and the part of it that matched.
 */
public record SearchHit(String kindKey, String title, String url, List<Segment> otherTitles, List<Segment> snippet,
		List<SearchEntry.Link> links) {
}
