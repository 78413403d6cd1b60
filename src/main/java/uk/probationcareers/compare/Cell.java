package uk.probationcareers.compare;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What one role has in one row of the comparison.
 */
public record Cell(List<Item> items) {

	public boolean isList() {
		return this.items.size() > 1;
	}

	/**
	 * The cell's items as a sorted list of comparable words, so that order does not make
	 * two cells differ.
	 */
	List<String> comparisonKey() {
		return this.items.stream().map(Item::comparisonKey).sorted().distinct().toList();
	}

	String plain() {
		return this.items.stream().map(Item::plain).collect(Collectors.joining("\n"));
	}

}
