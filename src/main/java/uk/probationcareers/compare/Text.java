package uk.probationcareers.compare;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Free text made comparable: "Writes reports for court." and "writes reports for court"
 * are the same duty.
 */
final class Text {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.;:,!]+$");

	private Text() {
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String plain = text.replace('\u2019', '\'')
			.replace('\u2018', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u2013', '-')
			.replace('\u2014', '-');
		plain = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
		return CLOSING_PUNCTUATION.matcher(plain).replaceAll("");
	}

}
