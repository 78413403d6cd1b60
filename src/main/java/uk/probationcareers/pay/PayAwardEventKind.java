package uk.probationcareers.pay;

/**
 * What happened on the way to a pay award; {@code CHECK} records that we looked and found
 * nothing newer.
 */
public enum PayAwardEventKind {

	CLAIM, OFFER, BALLOT, STATEMENT, SETTLEMENT, CHECK

}
