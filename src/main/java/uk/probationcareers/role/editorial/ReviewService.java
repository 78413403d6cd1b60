package uk.probationcareers.role.editorial;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.admin.EditConflict;
import uk.probationcareers.system.CatalogueChanged;
import uk.probationcareers.role.EditionState;

/**
 * Review and publishing: an edition is submitted, sent back or published by a second
 * person, or published by an admin without review and looked at afterwards. Each step
 * follows {@link Workflow} and is recorded; publishing alone empties the public caches,
 * after its commit.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

	private final EditionStore editions;

	private final StepRecorder recorder;

	private final ApplicationEventPublisher events;

	ReviewService(EditionStore editions, StepRecorder recorder, ApplicationEventPublisher events) {
		this.editions = editions;
		this.recorder = recorder;
		this.events = events;
	}

	@Transactional
	public void submit(String slug, int number, String note) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		EditionState next = Workflow.next(this.recorder.facts(edition), Step.SUBMIT, actor, note);
		movedOn(this.editions.submit(edition.id(), actor.username(), now()));
		stepped(edition, Step.SUBMIT, next, note);
	}

	/**
	 * Sends the edition back to draft with the reviewer's comments.
	 * @param version the edition's version the reviewer saw
	 * @throws EditConflict when it has changed since
	 */
	@Transactional
	public void sendBack(String slug, int number, Long version, String comment) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		EditionState next = Workflow.next(this.recorder.facts(edition), Step.SEND_BACK, actor, comment);
		requireVersion(edition, version);
		movedOn(this.editions.sendBack(edition.id(), edition.version(), actor.username(), now(), comment.strip()));
		stepped(edition, Step.SEND_BACK, next, comment);
	}

	/**
	 * Publishes the edition and supersedes the live one, in this one transaction. A major
	 * change moves the public "Last updated" date and shows its note; a minor one keeps
	 * the date the public last saw.
	 * @param force whether an admin publishes without review, giving
	 * {@code form.getReason()}
	 * @throws EditConflict when the edition has changed since the version the reviewer
	 * saw, {@code form.getVersion()}
	 */
	@Transactional
	public void publish(String slug, int number, PublishForm form, boolean force) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		Step step = force ? Step.FORCE_PUBLISH : Step.PUBLISH;
		EditionState next = Workflow.next(this.recorder.facts(edition), step, actor, force ? form.getReason() : null);
		requireVersion(edition, form.getVersion());
		if (form.major() && (form.getChangeNote() == null || form.getChangeNote().isBlank())) {
			throw new IllegalStep(HttpStatus.BAD_REQUEST, "editorial.publish.note.required");
		}
		RoleRow role = role(slug);
		OffsetDateTime now = now();
		Long previous = role.liveEditionId();
		LocalDate lastUpdated = form.major() ? now.toLocalDate()
				: this.editions.editions(role.id())
					.stream()
					.filter((e) -> previous != null && e.id() == previous)
					.map(EditionRow::lastUpdated)
					.findFirst()
					.orElse(now.toLocalDate());
		movedOn(this.editions.publish(edition, previous, actor.username(), now, form.major(),
				form.major() ? form.getChangeNote().strip() : blankToNull(form.getChangeNote()),
				force ? form.getReason().strip() : null, lastUpdated));
		stepped(edition, step, next, force ? form.getReason() : form.getChangeNote());
		this.events.publishEvent(new CatalogueChanged(EditorialService.RECORD_TYPE, edition.id()));
	}

	@Transactional
	public void secondLook(String slug, int number, String note) {
		EditionRow edition = edition(slug, number);
		Actor actor = actor();
		EditionState next = Workflow.next(this.recorder.facts(edition), Step.SECOND_LOOK, actor, note);
		movedOn(this.editions.secondLook(edition.id(), actor.username(), now()));
		stepped(edition, Step.SECOND_LOOK, next, note);
	}

	/**
	 * Refuses a step taken on a version of the edition other than the one it is at now:
	 * the reviewer would approve or send back something they have not seen.
	 */
	private static void requireVersion(EditionRow edition, Long version) {
		if (version == null || version != edition.version()) {
			throw new EditConflict(null);
		}
	}

	/**
	 * Refuses the step when someone else moved the edition on between reading and writing
	 * it; the transaction rolls back, so nothing changes.
	 */
	private static void movedOn(boolean stillAsRead) {
		if (!stillAsRead) {
			throw new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.wrongState");
		}
	}

	private EditionRow edition(String slug, int number) {
		return this.editions.edition(slug, number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private RoleRow role(String slug) {
		return this.editions.role(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Actor actor() {
		return this.recorder.actor();
	}

	private OffsetDateTime now() {
		return this.recorder.now();
	}

	private void stepped(EditionRow edition, Step step, EditionState next, String note) {
		this.recorder.stepped(edition, step, next, note);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
