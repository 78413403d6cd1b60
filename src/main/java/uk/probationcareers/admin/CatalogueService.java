package uk.probationcareers.admin;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.model.VersionedEntity;
import uk.probationcareers.system.CatalogueChanged;

/**
 * Create, change and delete one kind of catalogue row: every change checks the version
 * the editor loaded, is recorded in the audit trail with the editor's reason, waits for
 * someone else to check it ({@link ChangeChecks}) and empties the public caches once
 * committed. Subclasses say how a form maps to its row and what uses a row.
 */
@Transactional(readOnly = true)
public abstract class CatalogueService<E extends VersionedEntity, F extends CatalogueForm> {

	private final JpaRepository<E, Long> rows;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final String recordType;

	protected CatalogueService(String recordType, JpaRepository<E, Long> rows, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.recordType = recordType;
		this.rows = rows;
		this.audit = audit;
		this.events = events;
	}

	public abstract List<ListRow> list();

	protected abstract E newRow();

	protected abstract F formOf(E row);

	/**
	 * Copies the form onto the row; the form has passed validation.
	 */
	protected abstract void apply(F form, E row);

	protected abstract Optional<E> findByCode(String code);

	/**
	 * What still uses the row, counted; only kinds with at least one use.
	 */
	protected abstract List<Usage> usages(E row);

	public String recordType() {
		return this.recordType;
	}

	public F form(long id) {
		return formOf(find(id));
	}

	public boolean codeTaken(String code, Long exceptId) {
		return code != null && findByCode(code).filter((row) -> !row.getId().equals(exceptId)).isPresent();
	}

	public List<Usage> usages(long id) {
		return usages(find(id)).stream().filter((usage) -> usage.count() > 0).toList();
	}

	public List<AuditEntry> history(long id) {
		return this.audit.forRecord(this.recordType, id);
	}

	@Transactional
	public long create(F form) {
		E row = newRow();
		apply(form, row);
		this.rows.saveAndFlush(row);
		changed(row, form.label(), AuditAction.CREATE, Map.of(), formOf(row).values(), form.getReason());
		return row.getId();
	}

	/**
	 * Saves the form over the row, unless the row has changed since the editor loaded
	 * version {@code form.getVersion()}.
	 * @throws EditConflict when someone else saved first
	 */
	@Transactional
	public void update(long id, F form) {
		E row = find(id);
		if (!Objects.equals(form.getVersion(), row.getVersion())) {
			throw new EditConflict(null);
		}
		Map<String, String> before = formOf(row).values();
		apply(form, row);
		try {
			this.rows.saveAndFlush(row);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new EditConflict(ex);
		}
		changed(row, form.label(), AuditAction.UPDATE, before, formOf(row).values(), form.getReason());
	}

	/**
	 * Deletes the row unless something still uses it.
	 * @throws RowInUse naming what uses it
	 */
	@Transactional
	public void delete(long id, String reason) {
		E row = find(id);
		List<Usage> usages = usages(row).stream().filter((usage) -> usage.count() > 0).toList();
		if (!usages.isEmpty()) {
			throw new RowInUse(usages);
		}
		F before = formOf(row);
		this.rows.delete(row);
		this.rows.flush();
		changed(row, before.label(), AuditAction.DELETE, before.values(), Map.of(), reason);
	}

	protected E find(long id) {
		return this.rows.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private void changed(E row, String label, AuditAction action, Map<String, String> before, Map<String, String> after,
			String reason) {
		this.audit.recordChange(this.recordType, row.getId(), label, action, before, after, reason);
		this.events.publishEvent(new CatalogueChanged(this.recordType, row.getId()));
	}

}
