package uk.probationcareers.system;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;

/**
 * The codes roles and entry routes were known by before an editor changed them. Each old
 * code points at its row, so every old address leads straight to the current one however
 * many times the code changed; a code in use again stops pointing anywhere else. Public
 * pages answer an old code with 301 Moved Permanently (see {@link #movedPermanently}).
 */
@Component
public class RetiredCodes {

	/**
	 * What a code names, with the table and column its rows keep their current code in.
	 */
	public enum Kind {

		ROLE("role", "role", "slug"), ENTRY_ROUTE("entry-route", "entry_route", "code");

		private final String key;

		private final String table;

		private final String column;

		Kind(String key, String table, String column) {
			this.key = key;
			this.table = table;
			this.column = column;
		}

	}

	/**
	 * How long a browser or cache may keep a move: short, since a code can be taken back.
	 */
	static final CacheControl MOVE_KEPT = CacheControl.maxAge(PublishedPageFilter.MAX_AGE).cachePublic();

	private final JdbcTemplate jdbc;

	private final Clock clock;

	RetiredCodes(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The current code of the row an old code named; empty for a code never used, one in
	 * use now, or one whose row is gone.
	 */
	public Optional<String> current(Kind kind, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("SELECT t." + kind.column + " FROM retired_code c JOIN " + kind.table
					+ " t ON t.id = c.current_id WHERE c.kind = ? AND c.code = ? AND t." + kind.column + " <> c.code",
					String.class, kind.key, code)
			.stream()
			.findFirst();
	}

	/**
	 * Records that row {@code id} changed its code, in the caller's transaction: the old
	 * code leads to the row from now on, and the new one, if it was retired, is live
	 * again.
	 */
	public void renamed(Kind kind, long id, String oldCode, String newCode) {
		if (oldCode == null || oldCode.equals(newCode)) {
			return;
		}
		inUse(kind, newCode);
		this.jdbc.update("DELETE FROM retired_code WHERE kind = ? AND code = ?", kind.key, oldCode);
		this.jdbc.update("INSERT INTO retired_code (kind, code, current_id, retired_at) VALUES (?, ?, ?, ?)", kind.key,
				oldCode, id, OffsetDateTime.now(this.clock));
	}

	/**
	 * Records that a code is in use, by a new row or a renamed one: it no longer leads
	 * anywhere else.
	 */
	public void inUse(Kind kind, String code) {
		this.jdbc.update("DELETE FROM retired_code WHERE kind = ? AND code = ?", kind.key, code);
	}

	/**
	 * Answers the request with 301 Moved Permanently to {@code path}, kept by browsers
	 * and caches only briefly: returned as a controller's view name.
	 */
	public static String movedPermanently(HttpServletRequest request, HttpServletResponse response, String path) {
		request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
		response.setHeader(HttpHeaders.CACHE_CONTROL, MOVE_KEPT.getHeaderValue());
		return "redirect:" + path;
	}

}
