package uk.probationcareers.role;

/**
 * How far along the career path a role is, from a first job to management. The
 * career-path map lays roles out in this order.
 */
public enum CareerStage {

	ENTRY, TRAINING, QUALIFIED, SENIOR, MANAGEMENT

}
