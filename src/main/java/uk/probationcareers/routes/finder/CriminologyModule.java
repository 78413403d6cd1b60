package uk.probationcareers.routes.finder;

/**
 * The four criminology topics that PQiP's shorter route asks for.
 */
enum CriminologyModule implements Choice {

	JUSTICE_SYSTEM("justice-system"), CRIME("crime"), PENAL_POLICY("penal-policy"), REHABILITATION("rehabilitation");

	static final String NONE = "none";

	private final String value;

	CriminologyModule(String value) {
		this.value = value;
	}

	@Override
	public String value() {
		return this.value;
	}

}
