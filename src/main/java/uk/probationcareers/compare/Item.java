package uk.probationcareers.compare;

/**
 * One value in a comparison cell: its text, an optional link and an optional line of
 * plain detail under it.
 */
public record Item(String text, String href, String detail) {

	static Item of(String text) {
		return new Item(text, null, null);
	}

	/**
	 * What two items are compared by: their words, ignoring case, spacing and a closing
	 * full stop.
	 */
	String comparisonKey() {
		return Text.normalise((this.detail != null) ? this.text + " " + this.detail : this.text);
	}

	/**
	 * The item as one line of plain text, with the address of an outside link written
	 * out.
	 */
	String plain() {
		StringBuilder line = new StringBuilder(this.text);
		if (this.detail != null) {
			line.append(" \u2013 ").append(this.detail);
		}
		if (this.href != null && this.href.startsWith("http")) {
			line.append(" <").append(this.href).append('>');
		}
		return line.toString();
	}

}
