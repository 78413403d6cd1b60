package uk.probationcareers.role;

/**
 * One line of the role list: enough to choose a role, and to place it on the career-path
 * map.
 */
public record RoleSummary(String slug, String title, String summary, RoleGroup group, CareerStage stage) {

	static RoleSummary of(RoleEdition edition) {
		Role role = edition.getRole();
		return new RoleSummary(role.getSlug(), edition.getTitle(), edition.getSummary(), role.getRoleGroup(),
				role.getCareerStage());
	}

}
