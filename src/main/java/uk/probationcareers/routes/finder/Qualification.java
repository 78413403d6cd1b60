package uk.probationcareers.routes.finder;

/**
 * Highest qualification, with its level in the regulated qualification framework (a
 * degree is Level 6).
 */
enum Qualification implements Choice {

	NONE("none", 0), GCSE("gcse", 2), LEVEL_3("level-3", 3), LEVEL_4("level-4", 4), LEVEL_5("level-5", 5),
	DEGREE("degree", 6), SOCIAL_WORK_DEGREE("social-work-degree", 6);

	private final String value;

	private final int level;

	Qualification(String value, int level) {
		this.value = value;
		this.level = level;
	}

	@Override
	public String value() {
		return this.value;
	}

	int level() {
		return this.level;
	}

}
