package uk.probationcareers.role;

/**
 * One published "leads to" step on the career path, from one role to another.
 */
public record CareerPathLink(String fromSlug, String toSlug, String toTitle, String typicalTime, String routeName) {
}
