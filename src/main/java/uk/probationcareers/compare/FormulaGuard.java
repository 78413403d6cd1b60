package uk.probationcareers.compare;

/**
 * Keeps a spreadsheet from running a cell as a formula: text that starts with one of the
 * characters Excel, LibreOffice and Google Sheets read as the start of a formula gets a
 * leading single quote, so it is shown as the text it is.
 */
final class FormulaGuard {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private FormulaGuard() {
	}

	static String defuse(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
	}

}
