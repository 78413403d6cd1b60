package uk.probationcareers.api;

/**
 * The licence the catalogue's own words and figures are published under. Each source
 * keeps its own, given beside it.
 */
public record Licence(String name, String url) {
}
