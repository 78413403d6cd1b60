package uk.probationcareers.feedback;

/**
 * What a reader sent: an answer to "Is this page useful?", or a problem report.
 */
enum FeedbackKind {

	USEFUL, NOT_USEFUL, PROBLEM

}
