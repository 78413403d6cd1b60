package uk.probationcareers.pay;

/**
 * A published role paid on a band.
 */
public record BandRole(String bandCode, String slug, String title) {

}
