package uk.probationcareers.role.editorial;

/**
 * One thing on the dashboard that needs attention: what it is, why, and where it is
 * fixed.
 */
public record DashboardItem(String label, String detail, String href) {
}
