package uk.probationcareers.system;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Leaves a mark in the database with every catalogue change, inside the change's own
 * transaction, so other instances sharing the database learn of it even if this one stops
 * straight after the commit (see {@link ChangesFromOtherInstances}).
 */
@Component
class ChangeSignal {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ChangeSignal(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void record(CatalogueChanged change) {
		this.jdbc.update("INSERT INTO catalogue_change (record_type, changed_at) VALUES (?, ?)", change.recordType(),
				OffsetDateTime.now(this.clock));
	}

	/**
	 * The newest change any instance has committed, or 0 before the first.
	 */
	long latest() {
		Long latest = this.jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM catalogue_change", Long.class);
		return (latest != null) ? latest : 0;
	}

}
