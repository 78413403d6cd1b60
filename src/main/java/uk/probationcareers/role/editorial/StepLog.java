package uk.probationcareers.role.editorial;

import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The record of every workflow step: who, when, which step and their note. Rows are only
 * ever added.
 */
@Repository
class StepLog {

	private final JdbcTemplate jdbc;

	StepLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(long roleId, long editionId, Step step, String username, OffsetDateTime when, String note) {
		this.jdbc.update("""
				INSERT INTO editorial_step (role_id, edition_id, step, username, occurred_at, note)
				VALUES (?, ?, ?, ?, ?, ?)""", roleId, editionId, step.name(), username, when,
				(note == null || note.isBlank()) ? null : note.strip());
	}

	/**
	 * Everyone who made or saved any part of the edition: its draft's creator (a new
	 * draft, a restore or a withdrawal) and everyone who saved a section.
	 */
	Set<String> editors(long editionId) {
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT DISTINCT username FROM editorial_step
				WHERE edition_id = ? AND step IN ('CREATE', 'SAVE', 'RESTORE', 'WITHDRAW')""", String.class,
				editionId));
	}

	/**
	 * Every step taken on a role's editions, newest first.
	 */
	List<StepEntry> forRole(long roleId) {
		return this.jdbc.query("""
				SELECT s.*, e.edition_number FROM editorial_step s JOIN role_edition e ON e.id = s.edition_id
				WHERE s.role_id = ? ORDER BY s.occurred_at DESC, s.id DESC""",
				(rs, row) -> new StepEntry(rs.getInt("edition_number"), Step.valueOf(rs.getString("step")),
						rs.getString("username"), rs.getObject("occurred_at", OffsetDateTime.class),
						rs.getString("note")),
				roleId);
	}

	/**
	 * One recorded step.
	 */
	public record StepEntry(int editionNumber, Step step, String username, OffsetDateTime occurredAt, String note) {
	}

}
