package uk.probationcareers.role.editorial;

import org.springframework.http.HttpStatus;
import uk.probationcareers.role.EditionState;

/**
 * The rules of an edition's life: draft, in review, published, superseded. A draft is
 * saved and submitted; nobody who submitted it, made it or saved any part of it can send
 * it back or publish it (four eyes); an admin may publish without review, with a written
 * reason, for someone who neither published nor edited it to look at afterwards.
 * Superseding happens only when a later edition is published.
 */
public final class Workflow {

	/**
	 * The longest note a step takes: what its columns hold.
	 */
	public static final int LONGEST_NOTE = 2000;

	private Workflow() {
	}

	/**
	 * The state an edition is in after the step.
	 * @throws IllegalStep when the step is not allowed
	 */
	public static EditionState next(EditionFacts edition, Step step, Actor actor, String note) {
		EditionState state = edition.state();
		if (note != null && note.length() > LONGEST_NOTE) {
			throw new IllegalStep(HttpStatus.BAD_REQUEST, "editorial.refused.noteTooLong");
		}
		switch (step) {
			case SAVE:
			case SUBMIT:
				requireState(state, EditionState.DRAFT);
				return (step == Step.SAVE) ? EditionState.DRAFT : EditionState.IN_REVIEW;
			case SEND_BACK:
				requireState(state, EditionState.IN_REVIEW);
				requireSecondPerson(edition.submittedOrEditedBy(actor.username()));
				requireNote(note);
				return EditionState.DRAFT;
			case PUBLISH:
				requireState(state, EditionState.IN_REVIEW);
				requireSecondPerson(edition.submittedOrEditedBy(actor.username()));
				return EditionState.PUBLISHED;
			case FORCE_PUBLISH:
				if (state != EditionState.DRAFT && state != EditionState.IN_REVIEW) {
					throw wrongState();
				}
				if (!actor.admin()) {
					throw new IllegalStep(HttpStatus.FORBIDDEN, "editorial.refused.adminOnly");
				}
				requireNote(note);
				return EditionState.PUBLISHED;
			case SECOND_LOOK:
				if (!edition.forcePublished() || edition.secondLooked()
						|| (state != EditionState.PUBLISHED && state != EditionState.SUPERSEDED)) {
					throw wrongState();
				}
				requireSecondPerson(
						actor.username().equals(edition.publishedBy()) || edition.editors().contains(actor.username()));
				return state;
			default:
				// CREATE, RESTORE and WITHDRAW make a new draft; they never act on an
				// edition.
				throw wrongState();
		}
	}

	private static void requireState(EditionState state, EditionState expected) {
		if (state != expected) {
			throw wrongState();
		}
	}

	private static void requireSecondPerson(boolean firstPerson) {
		if (firstPerson) {
			throw new IllegalStep(HttpStatus.FORBIDDEN, "editorial.refused.fourEyes");
		}
	}

	private static void requireNote(String note) {
		if (note == null || note.isBlank()) {
			throw new IllegalStep(HttpStatus.BAD_REQUEST, "editorial.refused.noteNeeded");
		}
	}

	private static IllegalStep wrongState() {
		return new IllegalStep(HttpStatus.CONFLICT, "editorial.refused.wrongState");
	}

}
