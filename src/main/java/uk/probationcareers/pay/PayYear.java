package uk.probationcareers.pay;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pay year as the catalogue writes it: 2025/26, the second part being the year after
 * the first.
 */
public final class PayYear {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{2})");

	private PayYear() {
	}

	public static boolean isValid(String year) {
		if (year == null) {
			return false;
		}
		Matcher matcher = FORMAT.matcher(year);
		return matcher.matches()
				&& (Integer.parseInt(matcher.group(1)) + 1) % 100 == Integer.parseInt(matcher.group(2));
	}

}
