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
	SIGN_IN_LOCK,

	/** A passkey registered: a second factor for signing in. */
	PASSKEY_ADD,

	/** A passkey removed by its owner. */
	PASSKEY_REMOVE,

	/** A fresh set of one-time recovery codes, shown once to their owner. */
	RECOVERY_CODES,

	/** A recovery code used instead of a passkey, which it can never be again. */
	RECOVERY_CODE_USE,

	/** An admin removed someone's passkeys and recovery codes: they register again. */
	SECOND_FACTOR_RESET;

	/**
	 * Whether the entry's record still has a page to link to.
	 */
	public boolean linksToRecord() {
		return this == CREATE || this == UPDATE || this == DISABLE || this == ENABLE || this == PASSWORD_CHANGE;
	}

}
