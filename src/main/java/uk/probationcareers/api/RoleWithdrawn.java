package uk.probationcareers.api;

import uk.probationcareers.role.Withdrawal;

/**
 * The role asked for was published once and has been withdrawn.
 */
class RoleWithdrawn extends RuntimeException {

	private final transient Withdrawal withdrawal;

	RoleWithdrawn(Withdrawal withdrawal) {
		super(null, null, false, false);
		this.withdrawal = withdrawal;
	}

	Withdrawal withdrawal() {
		return this.withdrawal;
	}

}
