package uk.probationcareers.role;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleGroupViewTest {

	@Test
	void rolesAreGroupedInTheFixedGroupOrderAndEmptyGroupsAreLeftOut() {
		List<RoleSummary> roles = List.of(summary("prison-officer", RoleGroup.RELATED),
				summary("probation-officer", RoleGroup.ENGLAND_WALES),
				summary("justice-social-worker-scotland", RoleGroup.SCOTLAND),
				summary("probation-service-officer", RoleGroup.ENGLAND_WALES));

		List<RoleGroupView> groups = RoleGroupView.groupAll(roles);

		assertThat(groups).extracting(RoleGroupView::group)
			.containsExactly(RoleGroup.ENGLAND_WALES, RoleGroup.SCOTLAND, RoleGroup.RELATED);
		assertThat(groups.get(0).roles()).extracting(RoleSummary::slug)
			.containsExactly("probation-officer", "probation-service-officer");
	}

	private static RoleSummary summary(String slug, RoleGroup group) {
		return new RoleSummary(slug, slug, "summary", group, CareerStage.QUALIFIED);
	}

}
