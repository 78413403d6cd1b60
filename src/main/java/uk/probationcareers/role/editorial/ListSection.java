package uk.probationcareers.role.editorial;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The ordered lists of a profile, each edited on its own page, and the columns each row
 * has.
 */
public enum ListSection {

	DUTIES("duties", List.of("text")), REQUIREMENTS("requirements", List.of("text")),
	SKILLS("skills", List.of("choice", "kind")),
	CAREER_PATH("career-path", List.of("choice", "kind", "note", "extra", "route")),
	SOURCES("sources", List.of("choice", "note"));

	private final String path;

	private final List<String> columns;

	ListSection(String path, List<String> columns) {
		this.path = path;
		this.columns = columns;
	}

	public String path() {
		return this.path;
	}

	public List<String> columns() {
		return this.columns;
	}

	public static Optional<ListSection> ofPath(String path) {
		return Arrays.stream(values()).filter((section) -> section.path.equals(path)).findFirst();
	}

}
