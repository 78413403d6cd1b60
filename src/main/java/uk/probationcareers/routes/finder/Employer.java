package uk.probationcareers.routes.finder;

/**
 * Whether someone works for the Probation Service, elsewhere in the Ministry of Justice,
 * or neither.
 */
enum Employer implements Choice {

	PROBATION("probation"), MOJ("moj"), NEITHER("neither");

	private final String value;

	Employer(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

	boolean isStaff() {
		return this != NEITHER;
	}

}
