package uk.probationcareers.users;

import java.time.Instant;
import java.util.Map;

import org.springframework.stereotype.Component;
import uk.probationcareers.admin.AuditAction;
import uk.probationcareers.admin.AuditTrail;

/**
 * Changes to who can do what, in the audit trail beside the content changes: users added,
 * disabled and re-enabled, passwords changed, and sign-ins locked by the throttle.
 */
@Component
public class AccessAudit {

	static final String USERS = "users";

	static final String SIGN_IN = "sign-in";

	private final AuditTrail audit;

	AccessAudit(AuditTrail audit) {
		this.audit = audit;
	}

	void added(AdminUser user, boolean oneTimePassword) {
		this.audit.record(USERS, user.getId(), user.getUsername(), AuditAction.CREATE, Map.of(),
				Map.of("role", user.getRole().name(), "oneTimePassword", oneTimePassword ? "yes" : "no"));
	}

	void enabled(AdminUser user, boolean enabled) {
		this.audit.record(USERS, user.getId(), user.getUsername(), enabled ? AuditAction.ENABLE : AuditAction.DISABLE,
				Map.of(), Map.of());
	}

	void passwordChanged(AdminUser user, int sessionsEnded) {
		this.audit.record(USERS, user.getId(), user.getUsername(), AuditAction.PASSWORD_CHANGE, Map.of(),
				Map.of("sessionsEnded", Integer.toString(sessionsEnded)));
	}

	/**
	 * The throttle started refusing {@code username} (as typed, already made safe to
	 * show) or the client address, for the reason given, until the time given.
	 */
	public void signInLocked(String username, String address, String reason, Instant until) {
		this.audit.recordAs("-", SIGN_IN, 0L, username, AuditAction.SIGN_IN_LOCK, Map.of(),
				Map.of("address", address, "reason", reason, "until", until.toString()));
	}

}
