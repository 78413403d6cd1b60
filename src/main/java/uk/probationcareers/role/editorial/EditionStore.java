package uk.probationcareers.role.editorial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.probationcareers.model.CommaSeparated;
import uk.probationcareers.role.EditionState;

/**
 * Reads and writes editions as rows: copying one with all its parts (as the migrations
 * do), moving it through the workflow and checking the version an editor loaded.
 */
@Repository
class EditionStore {

	static final String PARTS_COPY = """
			INSERT INTO role_edition_other_title (edition_id, position, title)
			    SELECT ?, position, title FROM role_edition_other_title WHERE edition_id = ?;
			INSERT INTO role_edition_requirement (edition_id, position, requirement)
			    SELECT ?, position, requirement FROM role_edition_requirement WHERE edition_id = ?;
			INSERT INTO role_edition_duty (edition_id, position, description)
			    SELECT ?, position, description FROM role_edition_duty WHERE edition_id = ?;
			INSERT INTO role_edition_skill (edition_id, skill_id, position, importance)
			    SELECT ?, skill_id, position, importance FROM role_edition_skill WHERE edition_id = ?;
			INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position)
			    SELECT ?, entry_route_id, position FROM role_edition_entry_route WHERE edition_id = ?;
			INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, entry_route_id, note, typical_time, position)
			    SELECT ?, target_role_id, link_type, entry_route_id, note, typical_time, position FROM role_edition_career_link WHERE edition_id = ?;
			INSERT INTO role_edition_source (edition_id, source_id, position, supports)
			    SELECT ?, source_id, position, supports FROM role_edition_source WHERE edition_id = ?""";

	private static final String EDITION = """
			SELECT e.*, r.slug FROM role_edition e JOIN role r ON r.id = e.role_id""";

	private final JdbcTemplate jdbc;

	EditionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<RoleRow> roles() {
		return this.jdbc.query("SELECT * FROM role ORDER BY role_group, display_order, slug", EditionStore::role);
	}

	Optional<RoleRow> role(String slug) {
		return this.jdbc.query("SELECT * FROM role WHERE slug = ?", EditionStore::role, slug).stream().findFirst();
	}

	Optional<RoleRow> role(long id) {
		return this.jdbc.query("SELECT * FROM role WHERE id = ?", EditionStore::role, id).stream().findFirst();
	}

	/**
	 * Gives the role a new slug, and every withdrawal that points readers to it the new
	 * slug too.
	 */
	void renameRole(long roleId, String oldSlug, String newSlug) {
		this.jdbc.update("UPDATE role SET slug = ?, version = version + 1 WHERE id = ?", newSlug, roleId);
		List<Object[]> withdrawals = this.jdbc.query(
				"SELECT id, onward_slugs FROM role_edition WHERE onward_slugs IS NOT NULL",
				(rs, row) -> new Object[] { rs.getLong("id"), CommaSeparated.split(rs.getString("onward_slugs")) });
		for (Object[] withdrawal : withdrawals) {
			@SuppressWarnings("unchecked")
			List<String> onward = (List<String>) withdrawal[1];
			if (onward.contains(oldSlug)) {
				this.jdbc.update("UPDATE role_edition SET onward_slugs = ? WHERE id = ?",
						CommaSeparated.join(onward.stream().map((s) -> s.equals(oldSlug) ? newSlug : s).toList()),
						withdrawal[0]);
			}
		}
	}

	Optional<EditionRow> edition(String slug, int number) {
		return this.jdbc
			.query(EDITION + " WHERE r.slug = ? AND e.edition_number = ?", EditionStore::edition, slug, number)
			.stream()
			.findFirst();
	}

	Optional<EditionRow> edition(long id) {
		return this.jdbc.query(EDITION + " WHERE e.id = ?", EditionStore::edition, id).stream().findFirst();
	}

	/**
	 * Every edition of a role, newest first.
	 */
	List<EditionRow> editions(long roleId) {
		return this.jdbc.query(EDITION + " WHERE e.role_id = ? ORDER BY e.edition_number DESC", EditionStore::edition,
				roleId);
	}

	/**
	 * Editions in a state across the site, the longest waiting first.
	 */
	List<EditionRow> inState(EditionState state) {
		return this.jdbc.query(EDITION + " WHERE e.state = ? ORDER BY e.edition_number", EditionStore::edition,
				state.name());
	}

	List<EditionRow> publishedSince(OffsetDateTime since) {
		return this.jdbc.query(EDITION + " WHERE e.published_at >= ? ORDER BY e.published_at DESC",
				EditionStore::edition, since);
	}

	List<EditionRow> awaitingSecondLook() {
		return this.jdbc.query(
				EDITION + " WHERE e.force_reason IS NOT NULL AND e.second_look_by IS NULL" + " ORDER BY e.published_at",
				EditionStore::edition);
	}

	/**
	 * The live editions of roles still published whose profile was last reviewed before
	 * the date.
	 */
	List<EditionRow> liveReviewedBefore(LocalDate date) {
		return this.jdbc.query(EDITION + " WHERE r.live_edition_id = e.id AND r.withdrawn_at IS NULL"
				+ " AND e.last_reviewed < ? ORDER BY e.last_reviewed", EditionStore::edition, date);
	}

	/**
	 * The role's draft or edition in review, if it has one.
	 */
	Optional<EditionRow> openEdition(long roleId) {
		return this.jdbc
			.query(EDITION + " WHERE e.role_id = ? AND e.state IN ('DRAFT', 'IN_REVIEW')", EditionStore::edition,
					roleId)
			.stream()
			.findFirst();
	}

	/**
	 * A new draft holding everything the edition {@code fromId} holds.
	 */
	long copyToDraft(long roleId, long fromId, String username, OffsetDateTime now) {
		int number = nextNumber(roleId);
		this.jdbc.update("""
				INSERT INTO role_edition (role_id, edition_number, state, title, summary, caseload, working_environment,
				    hours_min, hours_max, hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed,
				    last_updated, created_by, created_at, version)
				SELECT role_id, ?, 'DRAFT', title, summary, caseload, working_environment, hours_min, hours_max,
				    hours_pattern, pay_band_id, pay_note, nations, soc_code, last_reviewed, last_updated, ?, ?, 0
				FROM role_edition WHERE id = ?""", number, username, now, fromId);
		long id = idOf(roleId, number);
		for (String copy : PARTS_COPY.split(";")) {
			this.jdbc.update(copy, id, fromId);
		}
		return id;
	}

	long newRole(String slug, String group, String title, String summary, String nations, String username,
			OffsetDateTime now) {
		Integer order = this.jdbc.queryForObject(
				"SELECT COALESCE(MAX(display_order), 0) + 1 FROM role WHERE role_group = ?", Integer.class, group);
		this.jdbc.update("INSERT INTO role (slug, role_group, display_order) VALUES (?, ?, ?)", slug, group, order);
		long roleId = this.jdbc.queryForObject("SELECT id FROM role WHERE slug = ?", Long.class, slug);
		this.jdbc.update("""
				INSERT INTO role_edition (role_id, edition_number, state, title, summary, nations, last_reviewed,
				    created_by, created_at, version)
				VALUES (?, 1, 'DRAFT', ?, ?, ?, ?, ?, ?, 0)""", roleId, title, summary, nations, now.toLocalDate(),
				username, now);
		return roleId;
	}

	void markWithdrawal(long editionId, String reason, String onwardSlugs) {
		this.jdbc.update("UPDATE role_edition SET withdrawal_reason = ?, onward_slugs = ? WHERE id = ?", reason,
				onwardSlugs, editionId);
	}

	/**
	 * Claims the edition for a change: moves its version on, unless someone else has
	 * since.
	 * @return whether the edition was still at {@code version}
	 */
	boolean claim(long editionId, long version) {
		return this.jdbc.update("UPDATE role_edition SET version = version + 1 WHERE id = ? AND version = ?", editionId,
				version) == 1;
	}

	/**
	 * Sends a draft for review.
	 * @return whether it was still a draft
	 */
	boolean submit(long editionId, String username, OffsetDateTime now) {
		return this.jdbc.update("""
				UPDATE role_edition SET state = 'IN_REVIEW', submitted_by = ?, submitted_at = ?, review_comment = NULL,
				    version = version + 1 WHERE id = ? AND state = 'DRAFT'""", username, now, editionId) == 1;
	}

	/**
	 * Sends an edition in review back to draft.
	 * @return whether it was still in review, at {@code version}
	 */
	boolean sendBack(long editionId, long version, String username, OffsetDateTime now, String comment) {
		return this.jdbc.update("""
				UPDATE role_edition SET state = 'DRAFT', reviewed_by = ?, reviewed_at = ?, review_comment = ?,
				    version = version + 1 WHERE id = ? AND state = 'IN_REVIEW' AND version = ?""", username, now,
				comment, editionId, version) == 1;
	}

	/**
	 * Makes the edition live and supersedes the one before it; the caller's transaction
	 * holds both changes.
	 * @return whether the edition was still in the state and at the version it was read
	 * in (if not, someone else moved it on first, and the caller must roll back)
	 */
	boolean publish(EditionRow edition, Long previousLive, String username, OffsetDateTime now, boolean major,
			String changeNote, String forceReason, LocalDate lastUpdated) {
		boolean reviewed = forceReason == null;
		int published = this.jdbc.update("""
				UPDATE role_edition SET state = 'PUBLISHED', reviewed_by = ?, reviewed_at = ?, published_by = ?,
				    published_at = ?, change_kind = ?, change_note = ?, force_reason = ?, last_reviewed = ?,
				    last_updated = ?, version = version + 1
				WHERE id = ? AND state = ? AND version = ?""", reviewed ? username : null, reviewed ? now : null,
				username, now, major ? "MAJOR" : "MINOR", changeNote, forceReason, now.toLocalDate(), lastUpdated,
				edition.id(), edition.state().name(), edition.version());
		if (published != 1) {
			return false;
		}
		if (previousLive != null) {
			this.jdbc.update("UPDATE role_edition SET state = 'SUPERSEDED', version = version + 1 WHERE id = ?",
					previousLive);
		}
		this.jdbc.update("UPDATE role SET live_edition_id = ?, withdrawn_at = ?, version = version + 1 WHERE id = ?",
				edition.id(), edition.withdraws() ? now : null, edition.roleId());
		return true;
	}

	/**
	 * Records the second look at an edition published without review.
	 * @return whether nobody had taken it yet
	 */
	boolean secondLook(long editionId, String username, OffsetDateTime now) {
		return this.jdbc.update("""
				UPDATE role_edition SET second_look_by = ?, second_look_at = ?
				WHERE id = ? AND second_look_by IS NULL""", username, now, editionId) == 1;
	}

	private int nextNumber(long roleId) {
		return this.jdbc.queryForObject(
				"SELECT COALESCE(MAX(edition_number), 0) + 1 FROM role_edition WHERE role_id = ?", Integer.class,
				roleId);
	}

	private long idOf(long roleId, int number) {
		return this.jdbc.queryForObject("SELECT id FROM role_edition WHERE role_id = ? AND edition_number = ?",
				Long.class, roleId, number);
	}

	private static RoleRow role(ResultSet rs, int row) throws SQLException {
		long live = rs.getLong("live_edition_id");
		return new RoleRow(rs.getLong("id"), rs.getString("slug"), rs.getString("role_group"),
				rs.wasNull() ? null : live, rs.getObject("withdrawn_at", OffsetDateTime.class));
	}

	private static EditionRow edition(ResultSet rs, int row) throws SQLException {
		return new EditionRow(rs.getLong("id"), rs.getLong("role_id"), rs.getString("slug"),
				rs.getInt("edition_number"), EditionState.valueOf(rs.getString("state")), rs.getString("title"),
				rs.getLong("version"), rs.getString("created_by"), time(rs, "created_at"), rs.getString("submitted_by"),
				time(rs, "submitted_at"), rs.getString("reviewed_by"), time(rs, "reviewed_at"),
				rs.getString("published_by"), time(rs, "published_at"), rs.getString("change_kind"),
				rs.getString("change_note"), rs.getString("review_comment"), rs.getString("force_reason"),
				rs.getString("second_look_by"), time(rs, "second_look_at"), rs.getString("withdrawal_reason"),
				rs.getString("onward_slugs"), rs.getObject("last_reviewed", LocalDate.class),
				rs.getObject("last_updated", LocalDate.class));
	}

	private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class);
	}

}
