package uk.probationcareers.pathway;

import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;
import uk.probationcareers.role.RoleSummary;

/**
 * A role on a career-path map. A role outside the chosen nation or stage is still shown
 * when it leads to or from one inside it, but not as part of the choice.
 */
public record MapRole(String slug, String title, RoleGroup group, CareerStage stage, boolean chosen) {

	static MapRole of(RoleSummary role, boolean chosen) {
		return new MapRole(role.slug(), role.title(), role.group(), role.stage(), chosen);
	}

}
