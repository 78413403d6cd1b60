package uk.probationcareers.system;

/**
 * Published when a catalogue row is created, changed or deleted.
 */
public record CatalogueChanged(String recordType, Long recordId) {
}
