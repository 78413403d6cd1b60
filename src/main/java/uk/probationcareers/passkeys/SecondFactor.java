package uk.probationcareers.passkeys;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserSummary;

/**
 * Each admin user's second factor: their passkeys, and the one-time recovery codes that
 * stand in for a passkey when they have none to hand. Codes are held only as password
 * hashes and each works once.
 */
@Service
public class SecondFactor {

	/** Whether the admin area needs a passkey as well as a password. */
	public static final String REQUIRED = "admin.second-factor.required";

	static final int RECOVERY_CODES = 10;

	/**
	 * No 0/o, 1/l/i: easy to copy by hand. 31 characters, so a code of ten holds nearly
	 * 50 bits.
	 */
	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int CODE_LENGTH = 10;

	private final boolean required;

	private final PublicKeyCredentialUserEntityRepository passkeyUsers;

	private final UserCredentialRepository credentials;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final AdminUsers users;

	private final PasskeyAudit audit;

	private final SecureRandom random = new SecureRandom();

	SecondFactor(@Value("${" + REQUIRED + ":true}") boolean required,
			PublicKeyCredentialUserEntityRepository passkeyUsers, UserCredentialRepository credentials, JdbcClient jdbc,
			PasswordEncoder encoder, Clock clock, AdminUsers users, PasskeyAudit audit) {
		this.required = required;
		this.passkeyUsers = passkeyUsers;
		this.credentials = credentials;
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.users = users;
		this.audit = audit;
	}

	public boolean required() {
		return this.required;
	}

	@Transactional(readOnly = true)
	public List<Passkey> passkeys(String username) {
		PublicKeyCredentialUserEntity user = this.passkeyUsers.findByUsername(username);
		if (user == null) {
			return List.of();
		}
		return this.credentials.findByUserId(user.getId())
			.stream()
			.map(Passkey::of)
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean hasPasskey(String username) {
		return !passkeys(username).isEmpty();
	}

	@Transactional(readOnly = true)
	public Optional<Passkey> passkey(String username, String id) {
		return passkeys(username).stream().filter((passkey) -> passkey.id().equals(id)).findFirst();
	}

	/**
	 * Whether the user may remove this passkey: not their last one while the second
	 * factor is required.
	 */
	@Transactional(readOnly = true)
	public boolean mayRemove(String username) {
		return !this.required || passkeys(username).size() > 1;
	}

	/**
	 * Removes one of the user's own passkeys, unless it is their last while the second
	 * factor is required.
	 * @return whether it was removed
	 */
	@Transactional
	public boolean remove(String username, String id) {
		if (passkey(username, id).isEmpty() || !mayRemove(username)) {
			return false;
		}
		this.credentials.delete(Bytes.fromBase64(id));
		return true;
	}

	/**
	 * Whether the user has ever been given recovery codes that have not been reset, used
	 * or not.
	 */
	@Transactional(readOnly = true)
	public boolean hasRecoveryCodes(String username) {
		return this.jdbc.sql("select count(*) from recovery_code where username = ?")
			.param(username)
			.query(Integer.class)
			.single() > 0;
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String username) {
		return this.jdbc.sql("select count(*) from recovery_code where username = ? and used_at is null")
			.param(username)
			.query(Integer.class)
			.single();
	}

	/**
	 * Replaces the user's recovery codes with a fresh set, to be shown once: only their
	 * hashes are kept.
	 */
	@Transactional
	public List<String> issueRecoveryCodes(String username) {
		this.jdbc.sql("delete from recovery_code where username = ?").param(username).update();
		List<String> codes = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.sql("insert into recovery_code (username, code_hash, created_at) values (?, ?, ?)")
				.params(username, this.encoder.encode(normalise(code)), now)
				.update();
		}
		this.audit.recoveryCodesIssued(username, codes.size());
		return codes;
	}

	/**
	 * Uses one of the user's recovery codes instead of a passkey: it never works again.
	 * @return whether the code was one of theirs, unused
	 */
	@Transactional
	public boolean useRecoveryCode(String username, String typed) {
		String code = normalise(typed);
		if (code.length() != CODE_LENGTH) {
			return false;
		}
		List<Map<String, Object>> unused = this.jdbc
			.sql("select id, code_hash from recovery_code where username = ? and used_at is null")
			.param(username)
			.query()
			.listOfRows();
		for (Map<String, Object> row : unused) {
			if (this.encoder.matches(code, (String) row.get("code_hash"))) {
				int used = this.jdbc.sql("update recovery_code set used_at = ? where id = ? and used_at is null")
					.params(Timestamp.from(this.clock.instant()), ((Number) row.get("id")).longValue())
					.update();
				if (used == 1) {
					this.audit.recoveryCodeUsed(username, recoveryCodesLeft(username));
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Removes another user's passkeys and recovery codes and ends their sessions: at
	 * their next sign-in they register a passkey again.
	 */
	@Transactional
	public void reset(UserSummary user) {
		PublicKeyCredentialUserEntity entity = this.passkeyUsers.findByUsername(user.username());
		int passkeys = 0;
		if (entity != null) {
			for (var record : this.credentials.findByUserId(entity.getId())) {
				this.credentials.delete(record.getCredentialId());
				passkeys++;
			}
			this.passkeyUsers.delete(entity.getId());
		}
		int codes = this.jdbc.sql("delete from recovery_code where username = ?").param(user.username()).update();
		int sessions = this.users.endSessions(user.username());
		this.audit.reset(user, passkeys, codes, sessions);
	}

	/**
	 * Codes are shown as two groups of five; spaces, hyphens and capitals typed are
	 * ignored.
	 */
	static String normalise(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i == CODE_LENGTH / 2) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
