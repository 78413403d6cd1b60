package uk.probationcareers.admin;

public enum AuditAction {

	CREATE, UPDATE, DELETE

}
