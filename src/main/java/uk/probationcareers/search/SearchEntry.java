package uk.probationcareers.search;

import java.util.List;

/**
 * One thing search can find, as read from the published view records: its fields in the
 * order they count for ranking, from the title down.
 */
record SearchEntry(Kind kind, String title, String url, List<String> otherTitles, String summary, List<String> duties,
		List<String> skills, List<String> more, List<Link> links) {

	enum Kind {

		ROLE, ROUTE, SKILL, PAY_BAND;

		String messageKey() {
			return "search.kind." + name();
		}

	}

	/**
	 * A page the entry leads to besides its own, such as each role that asks for a skill.
	 */
	record Link(String title, String url) {
	}

}
