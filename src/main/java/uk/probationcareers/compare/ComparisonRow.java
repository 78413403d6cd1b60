package uk.probationcareers.compare;

import java.util.List;

/**
 * One attribute compared across the chosen roles. A spanning row holds one cell that is
 * true of every role, such as the skills they all share.
 *
 * @param key names the row; its label is the message {@code compare.row.<key>}
 * @param cells one cell per role in column order, or a single cell when spanning
 * @param spanning whether the single cell stands for every role
 * @param differs whether the roles disagree in this row
 */
public record ComparisonRow(String key, List<Cell> cells, boolean spanning, boolean differs) {

	static ComparisonRow of(String key, List<Cell> cells) {
		long distinct = cells.stream().map(Cell::comparisonKey).distinct().count();
		return new ComparisonRow(key, List.copyOf(cells), false, distinct > 1);
	}

	static ComparisonRow sharedByAll(String key, Cell cell) {
		return new ComparisonRow(key, List.of(cell), true, false);
	}

	public String labelKey() {
		return "compare.row." + this.key;
	}

}
