package uk.probationcareers.role;

/**
 * A progression link says where a role can lead; a related link points at a role beside
 * it.
 */
public enum LinkType {

	PROGRESSION, RELATED

}
