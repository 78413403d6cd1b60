package uk.probationcareers.catalogue;

/**
 * Whether a pay figure is settled: an agreed award, an offer still pending, or a figure
 * we could not confirm.
 */
public enum AwardStatus {

	AGREED, OFFER_PENDING, UNCONFIRMED

}
