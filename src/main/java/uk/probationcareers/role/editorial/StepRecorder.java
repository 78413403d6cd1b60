package uk.probationcareers.role.editorial;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import uk.probationcareers.admin.AuditAction;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.role.EditionState;

/**
 * Who is taking a step, and when (by the application's clock); records each step in the
 * step log and the audit trail, in the caller's transaction.
 */
@Component
class StepRecorder {

	private final StepLog steps;

	private final AuditTrail audit;

	private final Clock clock;

	StepRecorder(StepLog steps, AuditTrail audit, Clock clock) {
		this.steps = steps;
		this.audit = audit;
		this.clock = clock;
	}

	Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean admin = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new Actor((authentication != null) ? authentication.getName() : "system", admin);
	}

	/**
	 * What the workflow rules need to know about the edition, with its editors.
	 */
	EditionFacts facts(EditionRow edition) {
		return edition.facts(this.steps.editors(edition.id()));
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	void created(EditionRow draft, Step step, String note) {
		this.steps.add(draft.roleId(), draft.id(), step, actor().username(), now(), note);
		this.audit.record(EditorialService.RECORD_TYPE, draft.id(), draft.label(), AuditAction.CREATE, Map.of(),
				Map.of("state", EditionState.DRAFT.name(), "step", step.name()));
	}

	void saved(EditionRow draft, Map<String, String> before, Map<String, String> after) {
		this.steps.add(draft.roleId(), draft.id(), Step.SAVE, actor().username(), now(), null);
		this.audit.record(EditorialService.RECORD_TYPE, draft.id(), draft.label(), AuditAction.UPDATE, before, after);
	}

	void stepped(EditionRow edition, Step step, EditionState next, String note) {
		this.steps.add(edition.roleId(), edition.id(), step, actor().username(), now(), note);
		this.audit.record(EditorialService.RECORD_TYPE, edition.id(), edition.label(), AuditAction.UPDATE,
				Map.of("state", edition.state().name()),
				Map.of("state", next.name(), "step", step.name(), "note", (note != null) ? note.strip() : ""));
	}

}
