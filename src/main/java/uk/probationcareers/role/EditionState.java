package uk.probationcareers.role;

public enum EditionState {

	DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED

}
