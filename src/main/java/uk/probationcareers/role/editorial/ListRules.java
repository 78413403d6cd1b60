package uk.probationcareers.role.editorial;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.validation.Errors;
import uk.probationcareers.admin.NoControlCharactersValidator;
import uk.probationcareers.role.Importance;
import uk.probationcareers.role.LinkType;

/**
 * The rules for the rows of one list: the columns it needs are filled in, within their
 * lengths, choices come from the catalogue, and a skill or source is listed once.
 */
class ListRules {

	private final ListSection section;

	private final Map<String, String> choices;

	ListRules(ListSection section, Map<String, String> choices) {
		this.section = section;
		this.choices = choices;
	}

	void check(ListForm form, Errors errors) {
		Set<String> chosen = new HashSet<>();
		List<ItemRow> rows = form.getRows();
		for (int i = 0; i < rows.size(); i++) {
			ItemRow row = rows.get(i);
			if (row.blank()) {
				continue;
			}
			String at = "rows[" + i + "].";
			List<String> columns = this.section.columns();
			if (columns.contains("text")) {
				text(errors, at + "text", row.getText(), 1000, true);
			}
			if (columns.contains("choice")) {
				if (row.getChoice() == null || !this.choices.containsKey(row.getChoice())) {
					errors.rejectValue(at + "choice", "editorial.choice.required");
				}
				else if (!chosen.add(row.getChoice()) && this.section != ListSection.CAREER_PATH) {
					errors.rejectValue(at + "choice", "editorial.choice.twice");
				}
			}
			if (columns.contains("kind") && !knownKind(row.getKind())) {
				errors.rejectValue(at + "kind", "editorial.kind.required");
			}
			if (columns.contains("note")) {
				text(errors, at + "note", row.getNote(), 1000, false);
			}
			if (columns.contains("extra")) {
				text(errors, at + "extra", row.getExtra(), 200, false);
			}
		}
	}

	private boolean knownKind(String kind) {
		if (kind == null) {
			return false;
		}
		if (this.section == ListSection.SKILLS) {
			return List.of(Importance.values()).stream().anyMatch((value) -> value.name().equals(kind));
		}
		return List.of(LinkType.values()).stream().anyMatch((value) -> value.name().equals(kind));
	}

	private static void text(Errors errors, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.rejectValue(field, "editorial.text.required");
			}
		}
		else if (value.length() > max) {
			errors.rejectValue(field, "editorial.text.tooLong", new Object[] { max }, null);
		}
		else if (!NoControlCharactersValidator.allows(value)) {
			errors.rejectValue(field, "admin.form.controlCharacters");
		}
	}

}
