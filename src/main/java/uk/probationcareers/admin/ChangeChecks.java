package uk.probationcareers.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Four eyes on every public catalogue change: a change goes live at once and waits until
 * someone who made none of the row's waiting changes checks them. The check names the
 * newest change the reviewer saw; if the row has changed since, the check is refused and
 * the newer change is what waits.
 */
@Service
@Transactional(readOnly = true)
public class ChangeChecks {

	private final ChangeQueue queue;

	private final AuditEntryRepository entries;

	private final AuditTrail audit;

	ChangeChecks(ChangeQueue queue, AuditEntryRepository entries, AuditTrail audit) {
		this.queue = queue;
		this.entries = entries;
		this.audit = audit;
	}

	/**
	 * Every row with changes waiting, the longest waiting first.
	 */
	public List<WaitingChange> waiting() {
		List<ChangeQueue.Waiting> all = this.queue.all();
		if (all.isEmpty()) {
			return List.of();
		}
		Map<Long, AuditEntry> byId = new LinkedHashMap<>();
		this.entries.findNewestFirst(all.stream().map(ChangeQueue.Waiting::entryId).toList())
			.forEach((entry) -> byId.put(entry.getId(), entry));
		Map<String, List<AuditEntry>> byRow = new LinkedHashMap<>();
		for (ChangeQueue.Waiting waiting : all) {
			byRow.computeIfAbsent(waiting.recordType() + "/" + waiting.recordId(), (row) -> new ArrayList<>())
				.add(0, byId.get(waiting.entryId()));
		}
		return byRow.values()
			.stream()
			.map((changes) -> new WaitingChange(changes.get(0).getRecordType(), changes.get(0).getRecordId(),
					List.copyOf(changes)))
			.toList();
	}

	/**
	 * The row's changes still waiting, if any.
	 */
	public Optional<WaitingChange> waiting(String recordType, long recordId) {
		List<ChangeQueue.Waiting> queued = this.queue.forRecord(recordType, recordId);
		if (queued.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new WaitingChange(recordType, recordId,
				this.entries.findNewestFirst(queued.stream().map(ChangeQueue.Waiting::entryId).toList())));
	}

	/**
	 * Records that the signed-in person checked the row's changes up to the audit entry
	 * {@code entryId}, the newest they saw.
	 * @throws CheckNotTaken when they made one of the changes (403), when the row has
	 * changed since (409, naming the newer changes) or when someone else checked them
	 * first (409)
	 */
	@Transactional
	public void check(long entryId) {
		AuditEntry seen = this.entries.findById(entryId)
			.orElseThrow(() -> new CheckNotTaken(HttpStatus.NOT_FOUND, "admin.checks.refused.unknown", null));
		Optional<WaitingChange> waiting = waiting(seen.getRecordType(), seen.getRecordId());
		if (waiting.isEmpty() || waiting.get().changes().stream().noneMatch((e) -> e.getId().equals(entryId))) {
			throw new CheckNotTaken(HttpStatus.CONFLICT, "admin.checks.refused.checked", waiting.orElse(null));
		}
		if (!waiting.get().newest().getId().equals(entryId)) {
			throw new CheckNotTaken(HttpStatus.CONFLICT, "admin.checks.refused.changedSince", waiting.get());
		}
		if (waiting.get().madeBy(AuditTrail.username())) {
			throw new CheckNotTaken(HttpStatus.FORBIDDEN, "admin.checks.refused.ownChange", waiting.get());
		}
		if (this.queue.remove(seen.getRecordType(), seen.getRecordId(), entryId) != waiting.get().changes().size()) {
			// Someone else checked them between reading and writing: roll back.
			throw new CheckNotTaken(HttpStatus.CONFLICT, "admin.checks.refused.checked", null);
		}
		this.audit.recordCheck(seen);
	}

}
