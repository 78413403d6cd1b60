package uk.probationcareers.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The roles asked for in {@code roles=} parameters, checked against the published ones.
 * Values may be repeated (as a checkbox form sends them) or comma-separated (as a shared
 * link carries them). A role asked for twice counts once.
 *
 * @param asked whether the request named any {@code roles} at all; without it the reader
 * has not chosen yet
 * @param slugs the published roles asked for, in the order asked, each once
 * @param errorKey the message key of what is wrong, or {@code null} when 2 to 4 published
 * roles were asked for
 */
public record RoleSelection(boolean asked, List<String> slugs, String errorKey) {

	public static final int MINIMUM = 2;

	public static final int MAXIMUM = 4;

	private static final int LONGEST_SLUG = 100;

	public static RoleSelection parse(List<String> values, Collection<String> published) {
		if (values == null) {
			return new RoleSelection(false, List.of(), null);
		}
		Set<String> asked = new LinkedHashSet<>(asked(values));
		List<String> known = new ArrayList<>();
		boolean unknown = false;
		for (String slug : asked) {
			if (slug.length() <= LONGEST_SLUG && published.contains(slug)) {
				known.add(slug);
			}
			else {
				unknown = true;
			}
		}
		return new RoleSelection(true, List.copyOf(known), errorKey(asked.isEmpty(), unknown, known.size()));
	}

	/**
	 * Every slug the values name, lower-cased, in the order asked, each once.
	 */
	static List<String> asked(List<String> values) {
		Set<String> asked = new LinkedHashSet<>();
		if (values != null) {
			for (String value : values) {
				for (String token : value.split(",")) {
					String slug = token.strip().toLowerCase(Locale.ROOT);
					if (!slug.isEmpty()) {
						asked.add(slug);
					}
				}
			}
		}
		return List.copyOf(asked);
	}

	private static String errorKey(boolean empty, boolean unknown, int count) {
		if (empty) {
			return "compare.error.none";
		}
		if (unknown) {
			return "compare.error.unknown";
		}
		if (count > MAXIMUM) {
			return "compare.error.tooMany";
		}
		if (count < MINIMUM) {
			return "compare.error.tooFew";
		}
		return null;
	}

	public boolean isValid() {
		return this.asked && this.errorKey == null;
	}

	/**
	 * The same selection, refused after all: a role went out of print while it was read.
	 */
	RoleSelection withUnknownRole() {
		return new RoleSelection(true, this.slugs, "compare.error.unknown");
	}

}
