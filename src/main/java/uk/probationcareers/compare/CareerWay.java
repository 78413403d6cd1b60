package uk.probationcareers.compare;

import java.util.List;

import uk.probationcareers.compare.Comparison.Column;
import uk.probationcareers.role.CareerPathLink;

/**
 * How the career path leads from one chosen role to another, one "leads to" step at a
 * time.
 */
public record CareerWay(Column from, Column to, List<CareerPathLink> steps) {

	public boolean isDirect() {
		return this.steps.size() == 1;
	}

}
