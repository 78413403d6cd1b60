package uk.probationcareers.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins by username in the database, so every instance agrees: after
 * {@code admin.sign-in.max-failures} failures within {@code admin.sign-in.lockout}, that
 * username is refused until the lockout has passed since the last failure.
 */
@Component
class SignInThrottle {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	SignInThrottle(JdbcTemplate jdbc, Clock clock, @Value("${admin.sign-in.max-failures:5}") int maxFailures,
			@Value("${admin.sign-in.lockout:15m}") Duration lockout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	boolean isLocked(String username) {
		List<Boolean> locked = this.jdbc.query(
				"SELECT failures >= ? AND last_failure_at > ? FROM sign_in_failure WHERE username_key = ?",
				(row, n) -> row.getBoolean(1), this.maxFailures, windowStart(), key(username));
		return !locked.isEmpty() && locked.get(0);
	}

	void recordFailure(String username) {
		String key = key(username);
		Timestamp now = Timestamp.from(this.clock.instant());
		String increment = "UPDATE sign_in_failure SET failures = CASE WHEN last_failure_at > ? THEN failures + 1 "
				+ "ELSE 1 END, last_failure_at = ? WHERE username_key = ?";
		if (this.jdbc.update(increment, windowStart(), now, key) == 0) {
			try {
				this.jdbc.update(
						"INSERT INTO sign_in_failure (username_key, failures, last_failure_at) VALUES (?, 1, ?)", key,
						now);
			}
			catch (DuplicateKeyException raced) {
				this.jdbc.update(increment, windowStart(), now, key);
			}
		}
	}

	void recordSuccess(String username) {
		this.jdbc.update("DELETE FROM sign_in_failure WHERE username_key = ?", key(username));
	}

	private Timestamp windowStart() {
		Instant start = this.clock.instant().minus(this.lockout);
		return Timestamp.from(start);
	}

	static String key(String username) {
		String typed = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(typed.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
