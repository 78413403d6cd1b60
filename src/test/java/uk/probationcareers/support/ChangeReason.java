package uk.probationcareers.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reason every change to a public catalogue row must give, for tests that are not
 * about the reason itself.
 */
public final class ChangeReason {

	/** The field's name. */
	public static final String FIELD = "reason";

	/** A reason the form accepts. */
	public static final String TEXT = "Correcting a published fact";

	private ChangeReason() {
	}

	/**
	 * The fields with the reason added.
	 */
	public static Map<String, String> with(Map<String, String> fields) {
		Map<String, String> withReason = new LinkedHashMap<>(fields);
		withReason.put(FIELD, TEXT);
		return withReason;
	}

}
