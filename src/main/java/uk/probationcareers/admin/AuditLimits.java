package uk.probationcareers.admin;

/**
 * The audit columns' sizes. Anything longer is cut short with an ellipsis, so recording a
 * change never fails, and never rolls back the change it records.
 */
final class AuditLimits {

	static final int LABEL = 200;

	static final int VALUE = 2000;

	static final int USERNAME = 100;

	static final int ADDRESS = 100;

	static final int REASON = 500;

	private static final String ELLIPSIS = "…";

	private AuditLimits() {
	}

	static String fit(String value, int columnSize) {
		if (value == null || value.length() <= columnSize) {
			return value;
		}
		int end = columnSize - ELLIPSIS.length();
		if (Character.isHighSurrogate(value.charAt(end - 1))) {
			end--;
		}
		return value.substring(0, end) + ELLIPSIS;
	}

}
