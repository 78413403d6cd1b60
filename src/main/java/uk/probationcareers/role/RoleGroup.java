package uk.probationcareers.role;

/**
 * How the role list is grouped: the nation whose probation service employs the role, or
 * related careers.
 */
public enum RoleGroup {

	ENGLAND_WALES, SCOTLAND, NORTHERN_IRELAND, RELATED

}
