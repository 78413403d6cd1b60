package uk.probationcareers.pathway;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles and steps a rendered page shows, read separately from its drawing (the
 * {@code <svg>}) and from its text version (the list), so that the two can be compared.
 */
record MapPage(String drawing, String list) {

	private static final Pattern ROLE_BOX = Pattern.compile("<a [^>]*href=\"/roles/([^\"]+)\"[^>]*data-role=\"\\1\"");

	private static final Pattern ARROW = Pattern.compile("<g [^>]*data-from=\"([^\"]+)\" data-to=\"([^\"]+)\"");

	private static final Pattern ROLE_ITEM = Pattern
		.compile("<li data-role=\"([^\"]+)\">\\s*<a [^>]*href=\"/roles/\\1\"");

	private static final Pattern STEP_ITEM = Pattern.compile("<li data-from=\"([^\"]+)\" data-to=\"([^\"]+)\">");

	static MapPage of(String html) {
		int svgStart = html.indexOf("<svg");
		int svgEnd = html.indexOf("</svg>");
		String drawing = (svgStart >= 0) ? html.substring(svgStart, svgEnd) : "";
		int listStart = html.indexOf("id=\"map-list\"");
		String list = (listStart >= 0) ? html.substring(listStart) : "";
		return new MapPage(drawing, list);
	}

	boolean isDrawn() {
		return !this.drawing.isEmpty();
	}

	Set<String> drawnRoles() {
		return matches(ROLE_BOX, this.drawing, false);
	}

	Set<String> drawnSteps() {
		return matches(ARROW, this.drawing, true);
	}

	Set<String> listedRoles() {
		return matches(ROLE_ITEM, this.list, false);
	}

	Set<String> listedSteps() {
		return matches(STEP_ITEM, this.list, true);
	}

	static String step(String from, String to) {
		return from + " -> " + to;
	}

	private static Set<String> matches(Pattern pattern, String text, boolean pairs) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(pairs ? step(matcher.group(1), matcher.group(2)) : matcher.group(1));
		}
		return found;
	}

}
