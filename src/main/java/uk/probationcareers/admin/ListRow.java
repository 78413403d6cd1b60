package uk.probationcareers.admin;

/**
 * One catalogue row as its list shows it.
 */
public record ListRow(long id, String code, String name) {
}
