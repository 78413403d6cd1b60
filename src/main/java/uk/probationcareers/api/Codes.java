package uk.probationcareers.api;

/**
 * Enumerated values go out as their code, so the API's values stay strings whatever
 * becomes of the classes behind them.
 */
final class Codes {

	private Codes() {
	}

	static String of(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
