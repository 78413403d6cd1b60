package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given number of characters at spaces, for SVG text,
 * which does not wrap by itself. A word longer than a line is kept whole on a line of its
 * own.
 */
final class Lines {

	private Lines() {
	}

	static List<String> wrap(String text, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.trim().split("\\s+")) {
			if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (!line.isEmpty()) {
				line.append(' ');
			}
			line.append(word);
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return List.copyOf(lines);
	}

}
