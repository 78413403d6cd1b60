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

		/**
		 * Whether a query that is this entry's whole title names it. A pay band's title
		 * is its employer and grade ("Probation Board for Northern Ireland (PBNI)"), so a
		 * query naming the employer should find the job before its pay band.
		 */
		/**
		 * People search for jobs first and the pay bands they are paid on second, so a
		 * pay band that matches as well as a role ranks below it.
		 */
		float weight() {
			return (this == PAY_BAND) ? 0.5f : 1f;
		}

		boolean namesAJob() {
			return this == ROLE || this == ROUTE || this == SKILL;
		}

	}

	/**
	 * A page the entry leads to besides its own, such as each role that asks for a skill.
	 */
	record Link(String title, String url) {
	}

}
