package uk.probationcareers.routes.finder;

import java.time.LocalDate;
import java.util.List;

import uk.probationcareers.routes.RouteView;

/**
 * What the finder found: the routes open to someone, quickest first; those not open yet,
 * with every reason; and the routes that belong to another part of the UK.
 * {@code rulesChecked} is the oldest date on which the rules used were last checked.
 */
record FinderResult(List<RouteView> open, List<Closed> closed, List<RouteView> elsewhere, LocalDate rulesChecked,
		boolean partTime) {

	/**
	 * A route in the chosen part of the UK that is not open to someone, and why.
	 */
	record Closed(RouteView route, List<Barrier> barriers) {

	}

}
