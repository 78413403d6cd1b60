package uk.probationcareers.users;

import java.time.Instant;

/**
 * A user as pages show them: never the password hash.
 */
public record UserSummary(long id, String username, UserRole role, boolean enabled, Instant createdAt) {

	static UserSummary of(AdminUser user) {
		return new UserSummary(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(), user.getCreatedAt());
	}

}
