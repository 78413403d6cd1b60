package uk.probationcareers.role.editorial;

/**
 * What the preview banner says: which edition, its state, and the way back.
 */
public record Preview(int editionNumber, String stateName, String backTo) {
}
