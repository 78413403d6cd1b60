package uk.probationcareers.role.editorial;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.admin.AuditAction;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.EditConflict;
import uk.probationcareers.model.CommaSeparated;
import uk.probationcareers.system.CatalogueChanged;
import uk.probationcareers.system.RetiredCodes;

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

	/** The audit record type of a role itself, as opposed to one of its editions. */
	static final String ROLE_RECORD_TYPE = "roles";

	/** The sections of a profile, each edited on its own page, in task-list order. */
	static final List<String> SECTIONS = List.of("details", "duties", "requirements", "skills", "routes-pay",
			"career-path", "sources");

	private final EditionStore editions;

	private final SectionStore sections;

	private final StepLog steps;

	private final StepRecorder recorder;

	private final EditionContents contents;

	private final RetiredCodes retired;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	EditorialService(EditionStore editions, SectionStore sections, StepLog steps, StepRecorder recorder,
			EditionContents contents, RetiredCodes retired, AuditTrail audit, ApplicationEventPublisher events) {
		this.contents = contents;
		this.retired = retired;
		this.audit = audit;
		this.events = events;
		this.recorder = recorder;
		this.editions = editions;
		this.sections = sections;
		this.steps = steps;
	}

	public RoleRow role(String slug) {
		return this.editions.role(slug).orElseThrow(EditorialService::notFound);
	}

	public boolean roleExists(String slug) {
		return slug != null && this.editions.role(slug).isPresent();
	}

	public RoleRow role(long id) {
		return this.editions.role(id).orElseThrow(EditorialService::notFound);
	}

	/**
	 * Gives the role a new address. The old one answers 301 with the new one for good,
	 * and a slug the role had before is its address again; recorded in the audit trail,
	 * and the public caches are emptied once committed.
	 */
	@Transactional
	public void rename(String slug, String newSlug) {
		RoleRow role = role(slug);
		if (slug.equals(newSlug)) {
			return;
		}
		if (roleExists(newSlug)) {
			throw new IllegalStep(HttpStatus.CONFLICT, "admin.form.code.taken");
		}
		this.editions.renameRole(role.id(), slug, newSlug);
		this.retired.renamed(RetiredCodes.Kind.ROLE, role.id(), slug, newSlug);
		this.audit.record(ROLE_RECORD_TYPE, role.id(), this.editions.editions(role.id()).get(0).title(),
				AuditAction.UPDATE, Map.of("slug", slug), Map.of("slug", newSlug));
		this.events.publishEvent(new CatalogueChanged(ROLE_RECORD_TYPE, role.id()));
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
	 * it was. Only an earlier, superseded edition can be restored: the live edition is
	 * what a new draft copies anyway, and a draft or an edition in review is still open.
	 */
	@Transactional
	public int restore(String slug, int number) {
		RoleRow role = role(slug);
		EditionRow old = edition(slug, number);
		if (!old.restorable()) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.wrongState");
		}
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
		this.editions.markWithdrawal(draft.id(), form.getReason().strip(), CommaSeparated.join(form.getOnward()));
		return number;
	}

	@Transactional
	public void newRole(NewRoleForm form) {
		if (this.editions.role(form.getSlug()).isPresent()) {
			throw new IllegalStep(HttpStatus.CONFLICT, "admin.form.code.taken");
		}
		OffsetDateTime now = now();
		long roleId = this.editions.newRole(form.getSlug(), form.getGroup(), form.getTitle().strip(),
				form.getSummary().strip(), CommaSeparated.join(form.getNations()), actor().username(), now);
		this.retired.inUse(RetiredCodes.Kind.ROLE, form.getSlug());
		EditionRow draft = edition(form.getSlug(), 1);
		this.recorder.created(draft, Step.CREATE, null);
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

	/**
	 * Everyone who made or saved any part of the edition: none of them may approve it.
	 */
	public Set<String> editors(EditionRow edition) {
		return this.steps.editors(edition.id());
	}

	public Actor actor() {
		return this.recorder.actor();
	}

	private int newDraft(RoleRow role, long fromId, Step step, String note) {
		if (this.editions.openEdition(role.id()).isPresent()) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.draftExists");
		}
		OffsetDateTime now = now();
		this.editions.copyToDraft(role.id(), fromId, actor().username(), now);
		EditionRow draft = this.editions.editions(role.id()).get(0);
		this.recorder.created(draft, step, note);
		return draft.number();
	}

	private EditionRow claimDraft(String slug, int number, Long version) {
		EditionRow draft = edition(slug, number);
		Workflow.next(this.recorder.facts(draft), Step.SAVE, actor(), null);
		if (version == null || !this.editions.claim(draft.id(), version)) {
			throw new EditConflict(null);
		}
		return draft;
	}

	private void saved(EditionRow draft, Map<String, String> before, Map<String, String> after) {
		this.recorder.saved(draft, before, after);
	}

	private OffsetDateTime now() {
		return this.recorder.now();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
