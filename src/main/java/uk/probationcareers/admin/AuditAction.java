package uk.probationcareers.admin;

public enum AuditAction {

	CREATE, UPDATE, DELETE,

	/** A user can no longer sign in. */
	DISABLE,

	/** A disabled user can sign in again. */
	ENABLE,

	/** A password set: by its user, or for them by an admin (a one-time password). */
	PASSWORD_CHANGE,

	/** The sign-in throttle started refusing a username or client address. */
	SIGN_IN_LOCK;

	/**
	 * Whether the entry's record still has a page to link to.
	 */
	public boolean linksToRecord() {
		return this == CREATE || this == UPDATE || this == DISABLE || this == ENABLE || this == PASSWORD_CHANGE;
	}

}
