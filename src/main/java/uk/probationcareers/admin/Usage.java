package uk.probationcareers.admin;

/**
 * How many rows of one kind still use a catalogue row; {@code messageKey} takes the
 * count.
 */
public record Usage(String messageKey, long count) {
}
