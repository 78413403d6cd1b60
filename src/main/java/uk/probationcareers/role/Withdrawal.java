package uk.probationcareers.role;

import java.util.List;

/**
 * A withdrawn role: its last title, why it was withdrawn and the roles to look at
 * instead.
 */
public record Withdrawal(String title, String reason, List<RoleSummary> onward) {
}
