package uk.probationcareers.admin;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The catalogue changes nobody other than their editor has checked yet, by audit entry:
 * each is added with its change and removed by the check that covers it.
 */
@Repository
class ChangeQueue {

	private final JdbcTemplate jdbc;

	ChangeQueue(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(AuditEntry entry) {
		this.jdbc.update(
				"INSERT INTO change_awaiting_check (entry_id, record_type, record_id, username) VALUES (?, ?, ?, ?)",
				entry.getId(), entry.getRecordType(), entry.getRecordId(), entry.getUsername());
	}

	/**
	 * Every waiting change, oldest first.
	 */
	List<Waiting> all() {
		return this.jdbc.query("SELECT * FROM change_awaiting_check ORDER BY entry_id", ChangeQueue::waiting);
	}

	/**
	 * The row's waiting changes, oldest first.
	 */
	List<Waiting> forRecord(String recordType, long recordId) {
		return this.jdbc.query(
				"SELECT * FROM change_awaiting_check WHERE record_type = ? AND record_id = ? ORDER BY entry_id",
				ChangeQueue::waiting, recordType, recordId);
	}

	/**
	 * Takes the row's changes up to and including {@code entryId} off the queue.
	 * @return how many were taken off
	 */
	int remove(String recordType, long recordId, long entryId) {
		return this.jdbc.update(
				"DELETE FROM change_awaiting_check WHERE record_type = ? AND record_id = ? AND entry_id <= ?",
				recordType, recordId, entryId);
	}

	private static Waiting waiting(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Waiting(rs.getLong("entry_id"), rs.getString("record_type"), rs.getLong("record_id"),
				rs.getString("username"));
	}

	/**
	 * One waiting change: its audit entry, its row and who made it.
	 */
	record Waiting(long entryId, String recordType, long recordId, String username) {
	}

}
