package uk.probationcareers.role.editorial;

/**
 * Who takes a step, and whether they are an admin.
 */
public record Actor(String username, boolean admin) {
}
