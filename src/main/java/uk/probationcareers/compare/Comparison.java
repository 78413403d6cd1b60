package uk.probationcareers.compare;

import java.util.List;

/**
 * The chosen roles side by side: one column per role, one row per attribute, and the ways
 * the career path leads from one chosen role to another.
 */
public record Comparison(List<Column> columns, List<ComparisonRow> rows, List<CareerWay> ways) {

	/**
	 * The rows to show: all of them, or only those where the roles differ.
	 */
	public List<ComparisonRow> rows(boolean differencesOnly) {
		return differencesOnly ? this.rows.stream().filter(ComparisonRow::differs).toList() : this.rows;
	}

	public long differingRowCount() {
		return this.rows.stream().filter(ComparisonRow::differs).count();
	}

	public List<String> titles() {
		return this.columns.stream().map(Column::title).toList();
	}

	public List<String> slugs() {
		return this.columns.stream().map(Column::slug).toList();
	}

	/**
	 * A chosen role heading a column.
	 */
	public record Column(String slug, String title) {
	}

}
