package uk.probationcareers.routes;

/**
 * Where recruitment for a route stands on a given day, worked out from its dated windows.
 */
public enum RecruitmentState {

	/** A window is open today. */
	OPEN,
	/** Nothing is open today, but a later window is dated. */
	NEXT_EXPECTED,
	/** No window is open or dated ahead. */
	NO_CURRENT_DATES

}
