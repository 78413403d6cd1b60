package uk.probationcareers.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The failed sign-in counters and known addresses in the database. Each counter is
 * changed by one conditional UPDATE, so parallel requests on any number of instances
 * queue on the row and none gets past a limit.
 */
@Component
class SignInCounters {

	private static final Timestamp NEVER = Timestamp.from(Instant.EPOCH);

	private final JdbcTemplate jdbc;

	SignInCounters(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes sure the counter's row exists, outside any transaction, so the counting
	 * itself is only ever an UPDATE (a failed INSERT would end a PostgreSQL transaction).
	 */
	void ensure(SignInScope scope, String key) {
		try {
			this.jdbc.update(
					"INSERT INTO sign_in_counter (scope, subject_key, failures, last_failure_at) "
							+ "SELECT ?, ?, 0, ? WHERE NOT EXISTS "
							+ "(SELECT 1 FROM sign_in_counter WHERE scope = ? AND subject_key = ?)",
					scope.name(), key, NEVER, scope.name(), key);
		}
		catch (DuplicateKeyException raced) {
			// another request made it first: the row is there
		}
	}

	/**
	 * Counts one more attempt unless the counter is at its limit within the window; the
	 * count starts again once the window has passed since the last counted failure.
	 * @return the new count, or empty when refused
	 */
	OptionalInt reserve(SignInScope scope, String key, int limit, Instant windowStart, Instant now) {
		Timestamp start = Timestamp.from(windowStart);
		int updated = this.jdbc.update(
				"UPDATE sign_in_counter SET failures = CASE WHEN last_failure_at > ? THEN failures + 1 ELSE 1 END, "
						+ "last_failure_at = ? WHERE scope = ? AND subject_key = ? "
						+ "AND (failures < ? OR last_failure_at <= ?)",
				start, Timestamp.from(now), scope.name(), key, limit, start);
		if (updated == 0) {
			return OptionalInt.empty();
		}
		List<Integer> count = this.jdbc.query(
				"SELECT failures FROM sign_in_counter WHERE scope = ? AND subject_key = ?", (row, n) -> row.getInt(1),
				scope.name(), key);
		return OptionalInt.of(count.get(0));
	}

	/**
	 * Takes back an attempt that turned out to be a success.
	 */
	void refund(SignInScope scope, String key) {
		this.jdbc.update("UPDATE sign_in_counter SET failures = failures - 1 "
				+ "WHERE scope = ? AND subject_key = ? AND failures > 0", scope.name(), key);
	}

	void clear(SignInScope scope, String key) {
		this.jdbc.update("UPDATE sign_in_counter SET failures = 0 WHERE scope = ? AND subject_key = ?", scope.name(),
				key);
	}

	boolean isKnown(String usernameKey, String addressKey, Instant since) {
		Integer found = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM sign_in_known_address "
						+ "WHERE username_key = ? AND address_key = ? AND last_success_at > ?",
				Integer.class, usernameKey, addressKey, Timestamp.from(since));
		return found != null && found > 0;
	}

	void remember(String usernameKey, String addressKey, Instant now) {
		String touch = "UPDATE sign_in_known_address SET last_success_at = ? WHERE username_key = ? AND address_key = ?";
		Timestamp at = Timestamp.from(now);
		if (this.jdbc.update(touch, at, usernameKey, addressKey) == 0) {
			try {
				this.jdbc.update(
						"INSERT INTO sign_in_known_address (username_key, address_key, last_success_at) VALUES (?, ?, ?)",
						usernameKey, addressKey, at);
			}
			catch (DuplicateKeyException raced) {
				this.jdbc.update(touch, at, usernameKey, addressKey);
			}
		}
	}

	/**
	 * Removes counters whose last counted attempt is before {@code windowStart}: the next
	 * attempt would start them again at one, just as for a row that is not there. Rows
	 * never counted yet are left alone, since an attempt is about to count them.
	 * @return how many were removed
	 */
	int forgetCountersBefore(Instant windowStart) {
		return this.jdbc.update("DELETE FROM sign_in_counter WHERE last_failure_at < ? AND last_failure_at > ?",
				Timestamp.from(windowStart), NEVER);
	}

	/**
	 * Removes addresses last signed in from before {@code since}, which no longer count
	 * as known.
	 * @return how many were removed
	 */
	int forgetAddressesBefore(Instant since) {
		return this.jdbc.update("DELETE FROM sign_in_known_address WHERE last_success_at < ?", Timestamp.from(since));
	}

}
