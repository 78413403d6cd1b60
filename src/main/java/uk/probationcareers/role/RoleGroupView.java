package uk.probationcareers.role;

import java.util.Arrays;
import java.util.List;

/**
 * The published roles of one group, in the order the role list shows them.
 */
public record RoleGroupView(RoleGroup group, List<RoleSummary> roles) {

	public static List<RoleGroupView> groupAll(List<RoleSummary> roles) {
		return Arrays.stream(RoleGroup.values())
			.map((group) -> new RoleGroupView(group, roles.stream().filter((r) -> r.group() == group).toList()))
			.filter((view) -> !view.roles().isEmpty())
			.toList();
	}

}
