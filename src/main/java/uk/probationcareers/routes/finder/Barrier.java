package uk.probationcareers.routes.finder;

import java.util.List;

/**
 * One reason a route is not open to someone, with the figures its message needs. The page
 * words it from {@code finder.barrier.<type>} and says what would open the route from
 * {@code finder.opens.<type>}.
 */
record Barrier(Type type, List<Object> arguments) {

	enum Type {

		NATION, NOT_YET_IN_FORCE, QUALIFICATION_TOO_LOW, QUALIFICATION_TOO_HIGH, MODULES, EXPERIENCE, STAFF_ONLY,
		SERVICE, EXTERNAL_ONLY, RESIDENCE, NATIONALITY, AGE

	}

	static Barrier of(Type type, Object... arguments) {
		return new Barrier(type, List.of(arguments));
	}

	public String messageKey() {
		return "finder.barrier." + this.type.name();
	}

	public String opensKey() {
		return "finder.opens." + this.type.name();
	}

	public Object[] args() {
		return this.arguments.toArray();
	}

}
