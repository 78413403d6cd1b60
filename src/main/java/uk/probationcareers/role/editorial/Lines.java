package uk.probationcareers.role.editorial;

import java.util.Arrays;
import java.util.List;

/**
 * Text an editor types one item a line.
 */
final class Lines {

	private Lines() {
	}

	static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

}
