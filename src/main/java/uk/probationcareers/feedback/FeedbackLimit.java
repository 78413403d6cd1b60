package uk.probationcareers.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.probationcareers.system.ClientAddresses;

/**
 * How many feedback posts one client address may send in a window, counted in the
 * database so every instance agrees. Each post is counted by one conditional UPDATE, so
 * parallel posts queue on the row and none gets past the limit. The address is kept only
 * as a SHA-256 (of the /64 network for IPv6, which one subscriber often holds whole).
 */
@Component
class FeedbackLimit {

	private static final Timestamp NEVER = Timestamp.from(Instant.EPOCH);

	/** Counters whose window started longer ago than this are removed. */
	private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int maxPosts;

	private final Duration window;

	FeedbackLimit(JdbcTemplate jdbc, Clock clock, @Value("${feedback.max-posts:20}") int maxPosts,
			@Value("${feedback.window:10m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxPosts = maxPosts;
		this.window = window;
	}

	/**
	 * Counts one post from this address.
	 * @return whether it is within the limit
	 */
	boolean allow(String clientAddress) {
		String key = key(addressGroup(clientAddress));
		Instant now = this.clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(this.window));
		for (int attempt = 0; attempt < 2; attempt++) {
			ensure(key);
			int counted = this.jdbc.update(
					"UPDATE feedback_counter SET posts = CASE WHEN window_started_at > ? THEN posts + 1 ELSE 1 END, "
							+ "window_started_at = CASE WHEN window_started_at > ? THEN window_started_at ELSE ? END "
							+ "WHERE address_key = ? AND (posts < ? OR window_started_at <= ?)",
					windowStart, windowStart, Timestamp.from(now), key, this.maxPosts, windowStart);
			if (counted == 1) {
				forgetOldCounters(now);
				return true;
			}
			Integer rows = this.jdbc.queryForObject("SELECT COUNT(*) FROM feedback_counter WHERE address_key = ?",
					Integer.class, key);
			if (rows != null && rows > 0) {
				return false;
			}
			// the row was removed as forgotten between the two statements: count again
		}
		return false;
	}

	private void forgetOldCounters(Instant now) {
		this.jdbc.update("DELETE FROM feedback_counter WHERE window_started_at < ? AND window_started_at > ?",
				Timestamp.from(now.minus(FORGOTTEN_AFTER)), NEVER);
	}

	int maxPosts() {
		return this.maxPosts;
	}

	Duration window() {
		return this.window;
	}

	/**
	 * Makes sure the address's row exists, outside any transaction, so the counting
	 * itself is only ever an UPDATE.
	 */
	private void ensure(String key) {
		try {
			this.jdbc.update(
					"INSERT INTO feedback_counter (address_key, posts, window_started_at) SELECT ?, 0, ? "
							+ "WHERE NOT EXISTS (SELECT 1 FROM feedback_counter WHERE address_key = ?)",
					key, NEVER, key);
		}
		catch (DuplicateKeyException raced) {
			// another post made it first: the row is there
		}
	}

	static String addressGroup(String address) {
		return ClientAddresses.group(address);
	}

	private static String key(String value) {
		return ClientAddresses.hash(value);
	}

}
