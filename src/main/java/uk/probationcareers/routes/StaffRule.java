package uk.probationcareers.routes;

/**
 * Whether a route is for anyone, only for people who do not already work in the Probation
 * Service or the Ministry of Justice (the public campaigns), or only for those who do.
 */
public enum StaffRule {

	ANYONE, EXTERNAL_ONLY, STAFF_ONLY

}
