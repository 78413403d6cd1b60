package uk.probationcareers.users;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Usernames are short, lower-case and plain: letters, digits and {@code . _ - @}, so they
 * read the same in every log line and page.
 */
public final class Usernames {

	public static final int MAX_LENGTH = 60;

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{3," + MAX_LENGTH + "}");

	private Usernames() {
	}

	public static String normalise(String typed) {
		return (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
	}

	public static boolean isValid(String normalised) {
		return ALLOWED.matcher(normalised).matches();
	}

}
