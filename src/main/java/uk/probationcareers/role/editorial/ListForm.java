package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.probationcareers.admin.VersionedForm;

/**
 * An ordered list in a draft (duties, requirements, skills, career path, sources). Items
 * are added, moved and removed with buttons, each a submit of the whole form, so no
 * script is needed and nothing typed is lost.
 */
public class ListForm implements VersionedForm {

	private static final Pattern MOVE = Pattern.compile("(up|down|remove)-([0-9]{1,4})");

	private Long version;

	private List<ItemRow> rows = new ArrayList<>();

	/**
	 * Carries out a button other than save: {@code add}, {@code up-N}, {@code down-N} or
	 * {@code remove-N}, N counting from 0. Anything else, or a move off either end,
	 * leaves the list as it is.
	 * @return whether the button was one of those (so the form is shown again rather than
	 * saved)
	 */
	public boolean rearrange(String action) {
		if ("add".equals(action)) {
			this.rows.add(new ItemRow());
			return true;
		}
		Matcher move = (action != null) ? MOVE.matcher(action) : null;
		if (move == null || !move.matches()) {
			return false;
		}
		int index = Integer.parseInt(move.group(2));
		if (index >= this.rows.size()) {
			return true;
		}
		switch (move.group(1)) {
			case "up" -> {
				if (index > 0) {
					Collections.swap(this.rows, index, index - 1);
				}
			}
			case "down" -> {
				if (index < this.rows.size() - 1) {
					Collections.swap(this.rows, index, index + 1);
				}
			}
			default -> this.rows.remove(index);
		}
		return true;
	}

	/**
	 * The rows an editor filled in; wholly blank rows are dropped on saving.
	 */
	public List<ItemRow> filledRows() {
		return this.rows.stream().filter((row) -> !row.blank()).toList();
	}

	@Override
	public Map<String, String> values() {
		List<String> lines = new ArrayList<>();
		List<ItemRow> filled = filledRows();
		for (int i = 0; i < filled.size(); i++) {
			lines.add((i + 1) + ". " + filled.get(i).summary());
		}
		Map<String, String> values = new LinkedHashMap<>();
		values.put("rows", String.join("\n", lines));
		return values;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

	public List<ItemRow> getRows() {
		return this.rows;
	}

	public void setRows(List<ItemRow> rows) {
		this.rows = rows;
	}

}
