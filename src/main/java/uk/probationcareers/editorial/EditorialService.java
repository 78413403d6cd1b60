package uk.probationcareers.editorial;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.admin.AuditAction;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueChanged;
import uk.probationcareers.admin.EditConflict;
import uk.probationcareers.role.EditionState;

/**
 * Takes role profiles through their editions: a draft is made from the live edition (or
 * an earlier one, or for a new role), saved section by section, submitted, sent back or
 * published by a second person. Each step follows {@link Workflow}, is recorded in the
 * step log and the audit trail, and publishing alone empties the public caches, after its
 * commit.
 */
@Service
@Transactional(readOnly = true)
public class EditorialService {

	static final String RECORD_TYPE = "role-editions";

	/** The sections of a profile, each edited on its own page, in task-list order. */
	static final List<String> SECTIONS = List.of("details", "duties", "requirements", "skills", "routes-pay",
			"career-path", "sources");

	private final EditionStore editions;

	private final SectionStore sections;

	private final StepLog steps;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final EditionContents contents;

	EditorialService(EditionStore editions, SectionStore sections, StepLog steps, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock, EditionContents contents) {
		this.contents = contents;
		this.editions = editions;
		this.sections = sections;
		this.steps = steps;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	public RoleRow role(String slug) {
		return this.editions.role(slug).orElseThrow(EditorialService::notFound);
	}

	public boolean roleExists(String slug) {
		return slug != null && this.editions.role(slug).isPresent();
	}

	public EditionRow edition(String slug, int number) {
		return this.editions.edition(slug, number).orElseThrow(EditorialService::notFound);
	}

	public EditionRow edition(long id) {
		return this.editions.edition(id).orElseThrow(EditorialService::notFound);
	}

	public EditionComparison compare(EditionRow a, EditionRow b) {
		return this.contents.compare(a, b);
	}

	/**
	 * The edition before this one, if there is one: what its task list compares it with.
	 */
	public Optional<EditionRow> previous(EditionRow edition) {
		return this.editions.edition(edition.slug(), edition.number() - 1);
	}

	/**
	 * Which sections of the edition differ from the edition before it, by section path;
	 * every section counts as changed in a role's first edition.
	 */
	public Map<String, Boolean> changedSections(EditionRow edition) {
		Map<String, Boolean> changed = new java.util.LinkedHashMap<>();
		EditionComparison comparison = previous(edition).map((before) -> this.contents.compare(before, edition))
			.orElse(null);
		for (String section : SECTIONS) {
			changed.put(section,
					comparison == null
							|| comparison.fields()
								.stream()
								.anyMatch((field) -> field.changed() && section.equals(sectionOf(field.name())))
							|| comparison.lists()
								.stream()
								.anyMatch((list) -> list.changed() && section.equals(sectionOf(list.name()))));
		}
		return changed;
	}

	private static String sectionOf(String field) {
		return switch (field) {
			case "payBand", "payNote", "entryRoutes" -> "routes-pay";
			case "duties", "requirements", "skills", "career-path", "sources" -> field;
			case "withdrawalReason" -> "";
			default -> "details";
		};
	}

	public Map<String, String> choices(ListSection section) {
		return this.sections.choices(section);
	}

	public Map<String, String> entryRouteChoices() {
		return this.sections.entryRoutes();
	}

	public Map<String, String> payBandChoices() {
		return this.sections.payBands();
	}

	public Map<String, String> liveRoles() {
		return this.sections.liveRoles();
	}

	public List<RoleRow> roles() {
		return this.editions.roles();
	}

	public List<EditionRow> editions(RoleRow role) {
		return this.editions.editions(role.id());
	}

	public Optional<EditionRow> openEdition(RoleRow role) {
		return this.editions.openEdition(role.id());
	}

	public List<StepLog.StepEntry> steps(RoleRow role) {
		return this.steps.forRole(role.id());
	}

	/**
	 * A new draft copied from the live edition.
	 * @return the draft's edition number
	 */
	@Transactional
	public int createDraft(String slug) {
		RoleRow role = role(slug);
		if (role.liveEditionId() == null) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.wrongState");
		}
		return newDraft(role, role.liveEditionId(), Step.CREATE, null);
	}

	/**
	 * A new draft holding everything edition {@code number} held; that edition is left as
	 * it was.
	 */
	@Transactional
	public int restore(String slug, int number) {
		RoleRow role = role(slug);
		EditionRow old = edition(slug, number);
		return newDraft(role, old.id(), Step.RESTORE, "Edition " + number);
	}

	/**
	 * A draft that, once reviewed and published, withdraws the role.
	 */
	@Transactional
	public int withdraw(String slug, WithdrawForm form) {
		RoleRow role = role(slug);
		if (role.liveEditionId() == null || role.withdrawn()) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.wrongState");
		}
		int number = newDraft(role, role.liveEditionId(), Step.WITHDRAW, form.getReason());
		EditionRow draft = edition(slug, number);
		this.editions.markWithdrawal(draft.id(), form.getReason().strip(), String.join(",", form.getOnward()));
		return number;
	}

	@Transactional
	public void newRole(NewRoleForm form) {
		if (this.editions.role(form.getSlug()).isPresent()) {
			throw new IllegalStep(HttpStatus.CONFLICT, "admin.form.code.taken");
		}
		OffsetDateTime now = now();
		long roleId = this.editions.newRole(form.getSlug(), form.getGroup(), form.getTitle().strip(),
				form.getSummary().strip(), String.join(",", form.getNations()), actor().username(), now);
		EditionRow draft = edition(form.getSlug(), 1);
		this.steps.add(roleId, draft.id(), Step.CREATE, actor().username(), now, null);
		this.audit.record(RECORD_TYPE, draft.id(), draft.label(), AuditAction.CREATE, Map.of(),
				Map.of("state", EditionState.DRAFT.name(), "step", Step.CREATE.name()));
	}

	public DetailsForm details(EditionRow edition) {
		return this.sections.details(edition.id());
	}

	public RoutesPayForm routesPay(EditionRow edition) {
		return this.sections.routesPay(edition.id());
	}

	public ListForm list(EditionRow edition, ListSection section) {
		return this.sections.list(edition.id(), section);
	}

	@Transactional
	public void saveDetails(String slug, int number, DetailsForm form) {
		EditionRow draft = claimDraft(slug, number, form.getVersion());
		Map<String, String> before = this.sections.details(draft.id()).values();
		this.sections.saveDetails(draft.id(), form);
		saved(draft, before, this.sections.details(draft.id()).values());
	}

	@Transactional
	public void saveRoutesPay(String slug, int number, RoutesPayForm form) {
		EditionRow draft = claimDraft(slug, number, form.getVersion());
		Map<String, String> before = this.sections.routesPay(draft.id()).values();
		this.sections.saveRoutesPay(draft.id(), form);
		saved(draft, before, this.sections.routesPay(draft.id()).values());
	}

	@Transactional
	public void saveList(String slug, int number, ListSection section, ListForm form) {
		EditionRow draft = claimDraft(slug, number, form.getVersion());
		String before = this.sections.list(draft.id(), section).values().get("rows");
		this.sections.saveList(draft.id(), section, form.filledRows());
		String after = this.sections.list(draft.id(), section).values().get("rows");
		saved(draft, Map.of(section.path(), before), Map.of(section.path(), after));
	}

	@Transactional
	public void submit(String slug, int number, String note) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		EditionState next = Workflow.next(edition.facts(), Step.SUBMIT, actor, note);
		this.editions.submit(edition.id(), actor.username(), now());
		stepped(edition, Step.SUBMIT, next, note);
	}

	@Transactional
	public void sendBack(String slug, int number, String comment) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		EditionState next = Workflow.next(edition.facts(), Step.SEND_BACK, actor, comment);
		this.editions.sendBack(edition.id(), actor.username(), now(), comment.strip());
		stepped(edition, Step.SEND_BACK, next, comment);
	}

	/**
	 * Publishes the edition and supersedes the live one, in this one transaction. A major
	 * change moves the public "Last updated" date and shows its note; a minor one keeps
	 * the date the public last saw.
	 * @param force whether an admin publishes without review, giving
	 * {@code form.getReason()}
	 */
	@Transactional
	public void publish(String slug, int number, PublishForm form, boolean force) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		Step step = force ? Step.FORCE_PUBLISH : Step.PUBLISH;
		EditionState next = Workflow.next(edition.facts(), step, actor, force ? form.getReason() : null);
		if (form.major() && (form.getChangeNote() == null || form.getChangeNote().isBlank())) {
			throw new IllegalStep(HttpStatus.BAD_REQUEST, "editorial.publish.note.required");
		}
		RoleRow role = role(slug);
		OffsetDateTime now = now();
		Long previous = role.liveEditionId();
		var lastUpdated = form.major() ? now.toLocalDate()
				: this.editions.editions(role.id())
					.stream()
					.filter((e) -> previous != null && e.id() == previous)
					.map(EditionRow::lastUpdated)
					.findFirst()
					.orElse(now.toLocalDate());
		this.editions.publish(edition, previous, actor.username(), now, form.major(),
				form.major() ? form.getChangeNote().strip() : blankToNull(form.getChangeNote()),
				force ? form.getReason().strip() : null, lastUpdated);
		stepped(edition, step, next, force ? form.getReason() : form.getChangeNote());
		this.events.publishEvent(new CatalogueChanged(RECORD_TYPE, edition.id()));
	}

	@Transactional
	public void secondLook(String slug, int number, String note) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		EditionState next = Workflow.next(edition.facts(), Step.SECOND_LOOK, actor, note);
		this.editions.secondLook(edition.id(), actor.username(), now());
		stepped(edition, Step.SECOND_LOOK, next, note);
	}

	public Actor actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean admin = authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> "ROLE_ADMIN".equals(authority.getAuthority()));
		return new Actor((authentication != null) ? authentication.getName() : "system", admin);
	}

	private int newDraft(RoleRow role, long fromId, Step step, String note) {
		if (this.editions.openEdition(role.id()).isPresent()) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.draftExists");
		}
		OffsetDateTime now = now();
		long id = this.editions.copyToDraft(role.id(), fromId, actor().username(), now);
		EditionRow draft = this.editions.editions(role.id()).get(0);
		this.steps.add(role.id(), id, step, actor().username(), now, note);
		this.audit.record(RECORD_TYPE, id, draft.label(), AuditAction.CREATE, Map.of(),
				Map.of("state", EditionState.DRAFT.name(), "step", step.name()));
		return draft.number();
	}

	private EditionRow claimDraft(String slug, int number, Long version) {
		EditionRow draft = edition(slug, number);
		Workflow.next(draft.facts(), Step.SAVE, actor(), null);
		if (version == null || !this.editions.claim(draft.id(), version)) {
			throw new EditConflict(null);
		}
		return draft;
	}

	private void saved(EditionRow draft, Map<String, String> before, Map<String, String> after) {
		this.steps.add(draft.roleId(), draft.id(), Step.SAVE, actor().username(), now(), null);
		this.audit.record(RECORD_TYPE, draft.id(), draft.label(), AuditAction.UPDATE, before, after);
	}

	private void stepped(EditionRow edition, Step step, EditionState next, String note) {
		this.steps.add(edition.roleId(), edition.id(), step, actor().username(), now(), note);
		this.audit.record(RECORD_TYPE, edition.id(), edition.label(), AuditAction.UPDATE,
				Map.of("state", edition.state().name()),
				Map.of("state", next.name(), "step", step.name(), "note", (note != null) ? note.strip() : ""));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
