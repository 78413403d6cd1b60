package uk.probationcareers.api;

import uk.probationcareers.role.RoleProfile.CareerStep;

/**
 * A step on the career path from or to a role: the other role, how long it usually takes
 * and by which route.
 */
public record PathStep(String slug, String title, String note, String typicalTime, String routeName, String href,
		String page) {

	static PathStep of(CareerStep step) {
		return new PathStep(step.slug(), step.title(), step.note(), step.typicalTime(), step.routeName(),
				Links.role(step.slug()), Links.rolePage(step.slug()));
	}

}
