package uk.probationcareers.role.editorial;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One item of an ordered list in a draft. Each list uses the columns it needs: a duty or
 * requirement its text; a skill its choice (the skill) and kind (essential or desirable);
 * a career-path link its choice (the role), kind (progression or related), note, extra
 * (typical time) and route; a source its choice and note (what it supports).
 */
public class ItemRow {

	private String text;

	private String choice;

	private String kind;

	private String note;

	private String extra;

	private String route;

	public ItemRow() {
	}

	ItemRow(String text, String choice, String kind, String note, String extra, String route) {
		this.text = text;
		this.choice = choice;
		this.kind = kind;
		this.note = note;
		this.extra = extra;
		this.route = route;
	}

	static ItemRow text(String text) {
		return new ItemRow(text, null, null, null, null, null);
	}

	/**
	 * The row as one line: its filled-in columns joined.
	 */
	String summary() {
		return Stream.of(this.text, this.choice, this.kind, this.note, this.extra, this.route)
			.filter(Objects::nonNull)
			.filter((value) -> !value.isBlank())
			.collect(Collectors.joining(" | "));
	}

	boolean blank() {
		return summary().isEmpty();
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getChoice() {
		return this.choice;
	}

	public void setChoice(String choice) {
		this.choice = choice;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getExtra() {
		return this.extra;
	}

	public void setExtra(String extra) {
		this.extra = extra;
	}

	public String getRoute() {
		return this.route;
	}

	public void setRoute(String route) {
		this.route = route;
	}

}
