package uk.probationcareers.admin;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A catalogue row whose changes nobody other than their editors has checked yet: its
 * waiting changes, newest first. One check covers them all.
 */
public record WaitingChange(String recordType, long recordId, List<AuditEntry> changes) {

	public AuditEntry newest() {
		return this.changes.get(0);
	}

	public String label() {
		return newest().getRecordLabel();
	}

	/**
	 * Everyone who made one of the changes: none of them may check them.
	 */
	public Set<String> editors() {
		return this.changes.stream().map(AuditEntry::getUsername).collect(Collectors.toSet());
	}

	public boolean madeBy(String username) {
		return editors().contains(username);
	}

	/**
	 * Whether the row is still there to link to.
	 */
	public boolean rowExists() {
		return newest().getAction() != AuditAction.DELETE;
	}

}
