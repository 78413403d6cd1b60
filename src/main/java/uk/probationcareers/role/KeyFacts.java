package uk.probationcareers.role;

import java.util.List;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.pay.PayView;
import uk.probationcareers.routes.RecruitmentState;
import uk.probationcareers.routes.RouteView;

/**
 * The first questions about a role, answered once for every page that shows them: the
 * profile's "At a glance" block and the first rows of a comparison. The message keys are
 * chosen here too, so that both word each fact alike.
 *
 * @param pay the role's pay band, or none held
 * @param hoursMin the fewest weekly hours, if known
 * @param hoursMax the most weekly hours, if known
 * @param quickestRoute the way in with the shortest full-time length, or none for a role
 * reached only by promotion or from a related job
 * @param nations where the role is done
 */
public record KeyFacts(PayView pay, Integer hoursMin, Integer hoursMax, RouteView quickestRoute, List<Nation> nations) {

	static KeyFacts of(RoleProfile role) {
		return new KeyFacts(role.pay(), role.hoursMin(), role.hoursMax(), role.quickestRoute(), role.nations());
	}

	public boolean hasHours() {
		return this.hoursMin != null || this.hoursMax != null;
	}

	/**
	 * The message for the weekly hours: one figure, a range, or that none is held.
	 */
	public String hoursKey() {
		if (!hasHours()) {
			return "keyFacts.hoursNotHeld";
		}
		return (this.hoursMin == null || this.hoursMax == null || this.hoursMin.equals(this.hoursMax)) ? "hours.single"
				: "hours.range";
	}

	public Object[] hoursArguments() {
		if (this.hoursMin == null || this.hoursMax == null) {
			return new Object[] { (this.hoursMin != null) ? this.hoursMin : this.hoursMax };
		}
		return new Object[] { this.hoursMin, this.hoursMax };
	}

	/**
	 * The message for how long the quickest way in takes, or none without a way in.
	 */
	public String durationKey() {
		RouteView route = this.quickestRoute;
		if (route == null) {
			return null;
		}
		if (!route.hasDuration()) {
			return "routes.duration.unknown";
		}
		if (route.isFixedDuration()) {
			return "routes.duration.exact";
		}
		return (route.durationMonthsMin() == null) ? "routes.duration.upTo" : "routes.duration.range";
	}

	public Object[] durationArguments() {
		RouteView route = this.quickestRoute;
		if (route == null || !route.hasDuration()) {
			return new Object[0];
		}
		if (route.durationMonthsMin() == null) {
			return new Object[] { route.durationMonthsMax() };
		}
		return new Object[] { route.durationMonthsMin(), route.durationMonthsMax() };
	}

	/**
	 * The qualification the quickest way in ends with: none when it gives none of its
	 * own, and none without a way in.
	 */
	public String qualification() {
		return (this.quickestRoute != null) ? this.quickestRoute.qualificationGained() : null;
	}

	/**
	 * Whether you can apply for the quickest way in today, from its recruitment windows.
	 */
	public RecruitmentState applyState() {
		return (this.quickestRoute != null) ? this.quickestRoute.recruitment().state() : null;
	}

	/**
	 * Where the dates for applying to the quickest way in are set out.
	 */
	public String applyHref() {
		return (this.quickestRoute != null) ? "/routes/" + this.quickestRoute.code() + "#applications" : null;
	}

	public String wayInHref() {
		return (this.quickestRoute != null) ? "/routes/" + this.quickestRoute.code() : null;
	}

}
