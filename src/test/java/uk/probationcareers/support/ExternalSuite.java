package uk.probationcareers.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Decides whether a suite that needs something outside the JVM (a browser, a database
 * server) runs. Missing pieces skip the suite with a clear message, unless the build sets
 * {@code suites.required=true}, as CI does, when they fail it instead.
 */
public final class ExternalSuite {

	private ExternalSuite() {
	}

	public static ConditionEvaluationResult runWhen(boolean available, String suite, String whatIsMissing) {
		if (available) {
			return ConditionEvaluationResult.enabled(suite + ": running");
		}
		if (Boolean.getBoolean("suites.required")) {
			throw new IllegalStateException(suite + " cannot run: " + whatIsMissing
					+ " (suites.required=true, so this fails the build instead of skipping the suite)");
		}
		String message = suite + " skipped: " + whatIsMissing;
		System.err.println("[SKIPPED] " + message);
		return ConditionEvaluationResult.disabled(message);
	}

}
