package uk.probationcareers.passkeys;

import java.util.Map;

import org.springframework.stereotype.Component;
import uk.probationcareers.admin.AuditAction;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserSummary;

/**
 * Second-factor changes in the audit trail beside the other access changes, recorded
 * against the user whose factor changed, with who did it, when and from which address:
 * each as a change to the user, its fields saying what changed.
 */
@Component
class PasskeyAudit {

	static final String USERS = "users";

	private final AuditTrail audit;

	private final AdminUsers users;

	PasskeyAudit(AuditTrail audit, AdminUsers users) {
		this.audit = audit;
		this.users = users;
	}

	void passkeyAdded(String username, String label) {
		record(username, Map.of(), Map.of("passkeyAdded", label));
	}

	void passkeyRemoved(String username, String label) {
		record(username, Map.of(), Map.of("passkeyRemoved", label));
	}

	void recoveryCodesIssued(String username, int count) {
		record(username, Map.of(), Map.of("recoveryCodesIssued", Integer.toString(count)));
	}

	void recoveryCodeUsed(String username, int left) {
		record(username, Map.of(), Map.of("recoveryCodeUsed", "yes", "recoveryCodesLeft", Integer.toString(left)));
	}

	void reset(UserSummary user, int passkeys, int recoveryCodes, int sessionsEnded) {
		this.audit.record(USERS, user.id(), user.username(), AuditAction.UPDATE,
				Map.of("passkeys", Integer.toString(passkeys), "recoveryCodes", Integer.toString(recoveryCodes)),
				Map.of("secondFactorReset", "yes", "passkeys", "0", "recoveryCodes", "0", "sessionsEnded",
						Integer.toString(sessionsEnded)));
	}

	private void record(String username, Map<String, String> before, Map<String, String> after) {
		this.users.findByUsername(username)
			.ifPresent(
					(user) -> this.audit.record(USERS, user.id(), user.username(), AuditAction.UPDATE, before, after));
	}

}
