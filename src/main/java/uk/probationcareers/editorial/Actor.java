package uk.probationcareers.editorial;

/**
 * Who takes a step, and whether they are an admin.
 */
public record Actor(String username, boolean admin) {
}
