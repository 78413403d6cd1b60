package uk.probationcareers.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records every create, update and delete of a catalogue row, and every change to who can
 * do what, in the same transaction as the change, with the client address, and reads the
 * record back per row and site-wide.
 */
@Service
public class AuditTrail {

	static final int PAGE_SIZE = 25;

	private final AuditEntryRepository entries;

	private final ChangeQueue waiting;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, ChangeQueue waiting, Clock clock) {
		this.entries = entries;
		this.waiting = waiting;
		this.clock = clock;
	}

	/**
	 * Records the fields that differ between {@code before} and {@code after} (each keyed
	 * by field name, in form order; empty for a create or delete).
	 */
	@Transactional
	public void record(String recordType, Long recordId, String recordLabel, AuditAction action,
			Map<String, String> before, Map<String, String> after) {
		recordAs(username(), recordType, recordId, recordLabel, action, before, after);
	}

	/**
	 * Records a change made by someone not (yet) signed in, such as a refused sign-in.
	 */
	@Transactional
	public void recordAs(String who, String recordType, Long recordId, String recordLabel, AuditAction action,
			Map<String, String> before, Map<String, String> after) {
		save(who, recordType, recordId, recordLabel, action, before, after, null);
	}

	/**
	 * Records a change to a catalogue row the public sees, with the editor's reason, and
	 * marks it as waiting until someone else checks it ({@link ChangeChecks}). An update
	 * that changes nothing is neither recorded nor waits.
	 */
	@Transactional
	public void recordChange(String recordType, Long recordId, String recordLabel, AuditAction action,
			Map<String, String> before, Map<String, String> after, String reason) {
		AuditEntry entry = save(username(), recordType, recordId, recordLabel, action, before, after,
				(reason != null) ? reason.strip() : null);
		if (entry != null) {
			this.waiting.add(entry);
		}
	}

	/**
	 * Records that the signed-in person checked a row's changes up to {@code checked}.
	 */
	@Transactional
	void recordCheck(AuditEntry checked) {
		this.entries.save(new AuditEntry(checked.getRecordType(), checked.getRecordId(), checked.getRecordLabel(),
				AuditAction.CHECK, AuditLimits.fit(username(), AuditLimits.USERNAME), OffsetDateTime.now(this.clock),
				AuditLimits.fit(sourceAddress(), AuditLimits.ADDRESS), List.of(), null, checked.getId()));
	}

	private AuditEntry save(String who, String recordType, Long recordId, String recordLabel, AuditAction action,
			Map<String, String> before, Map<String, String> after, String reason) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String oldValue = blankToNull(before.get(field));
			String newValue = blankToNull(after.get(field));
			if (!Objects.equals(oldValue, newValue)) {
				changes.add(new FieldChange(field, AuditLimits.fit(oldValue, AuditLimits.VALUE),
						AuditLimits.fit(newValue, AuditLimits.VALUE)));
			}
		}
		if (action == AuditAction.UPDATE && changes.isEmpty()) {
			return null;
		}
		return this.entries.save(new AuditEntry(recordType, recordId, AuditLimits.fit(recordLabel, AuditLimits.LABEL),
				action, AuditLimits.fit(who, AuditLimits.USERNAME), OffsetDateTime.now(this.clock),
				AuditLimits.fit(sourceAddress(), AuditLimits.ADDRESS), changes,
				AuditLimits.fit(reason, AuditLimits.REASON), null));
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> forRecord(String recordType, Long recordId) {
		return this.entries.findByRecord(recordType, recordId);
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> newestFirst(int page) {
		Page<AuditEntry> found = this.entries.findNewestFirst(PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		found.forEach(AuditEntry::getChanges);
		return found;
	}

	static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	/**
	 * The client address of the request being served, as the trusted proxy reports it.
	 */
	private static String sourceAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)
				? request.getRequest().getRemoteAddr() : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
