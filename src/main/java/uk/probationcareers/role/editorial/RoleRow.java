package uk.probationcareers.role.editorial;

import java.time.OffsetDateTime;

/**
 * A role's identity as the editorial pages see it.
 */
public record RoleRow(long id, String slug, String group, Long liveEditionId, OffsetDateTime withdrawnAt) {

	public boolean withdrawn() {
		return this.withdrawnAt != null;
	}

}
