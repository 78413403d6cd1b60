package uk.probationcareers.admin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;
import uk.probationcareers.model.BaseEntity;

/**
 * A created, changed or deleted row, or a change to who can do what: who, when, from
 * which client address, each field's old and new value and, for a catalogue row, why; or
 * the check of a catalogue row's changes by a second person. Written once, never changed:
 * there are no setters and Hibernate ignores any change to a loaded entry.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry extends BaseEntity {

	private String recordType;

	private Long recordId;

	private String recordLabel;

	@Enumerated(EnumType.STRING)
	private AuditAction action;

	private String username;

	private OffsetDateTime occurredAt;

	private String sourceAddress;

	private String reason;

	private Long checkedEntryId;

	@ElementCollection
	@CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "entry_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<FieldChange> changes = new ArrayList<>();

	protected AuditEntry() {
	}

	AuditEntry(String recordType, Long recordId, String recordLabel, AuditAction action, String username,
			OffsetDateTime occurredAt, String sourceAddress, List<FieldChange> changes) {
		this(recordType, recordId, recordLabel, action, username, occurredAt, sourceAddress, changes, null, null);
	}

	AuditEntry(String recordType, Long recordId, String recordLabel, AuditAction action, String username,
			OffsetDateTime occurredAt, String sourceAddress, List<FieldChange> changes, String reason,
			Long checkedEntryId) {
		this.reason = reason;
		this.checkedEntryId = checkedEntryId;
		this.sourceAddress = sourceAddress;
		this.recordType = recordType;
		this.recordId = recordId;
		this.recordLabel = recordLabel;
		this.action = action;
		this.username = username;
		this.occurredAt = occurredAt;
		this.changes = new ArrayList<>(changes);
	}

	public String getRecordType() {
		return this.recordType;
	}

	public Long getRecordId() {
		return this.recordId;
	}

	public String getRecordLabel() {
		return this.recordLabel;
	}

	public AuditAction getAction() {
		return this.action;
	}

	public String getUsername() {
		return this.username;
	}

	public OffsetDateTime getOccurredAt() {
		return this.occurredAt;
	}

	public String getSourceAddress() {
		return this.sourceAddress;
	}

	/**
	 * Why the editor made the change, as they gave it; {@code null} where no reason is
	 * asked for.
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * For a {@link AuditAction#CHECK}, the newest change it covers.
	 */
	public Long getCheckedEntryId() {
		return this.checkedEntryId;
	}

	public List<FieldChange> getChanges() {
		return List.copyOf(this.changes);
	}

}
