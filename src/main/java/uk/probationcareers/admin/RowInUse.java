package uk.probationcareers.admin;

import java.util.List;

/**
 * A row cannot be deleted while other rows still use it.
 */
public class RowInUse extends RuntimeException {

	private final List<Usage> usages;

	public RowInUse(List<Usage> usages) {
		super("The row is still in use");
		this.usages = List.copyOf(usages);
	}

	public List<Usage> getUsages() {
		return this.usages;
	}

}
