package uk.probationcareers.search;

/**
 * A piece of a snippet: plain text, or the words that matched the query. The page shows
 * both with {@code th:text}, the matched ones inside {@code <mark>}, so no stored text is
 * ever treated as markup.
 */
public record Segment(String text, boolean marked) {
}
