package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import uk.probationcareers.role.EditionState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.probationcareers.role.EditionState.DRAFT;
import static uk.probationcareers.role.EditionState.IN_REVIEW;
import static uk.probationcareers.role.EditionState.PUBLISHED;
import static uk.probationcareers.role.EditionState.SUPERSEDED;

/**
 * The workflow as a state machine: every step from every state, by the person who
 * submitted or published the edition, by someone who only edited a section of it, by
 * someone else, and by an admin, with and without a note. The table lists every legal
 * step; every other combination must be refused.
 */
class WorkflowTest {

	static final Actor AUTHOR = new Actor("alice", false);

	static final Actor REVIEWER = new Actor("bob", false);

	static final Actor ADMIN = new Actor("carol", true);

	static final Actor AUTHOR_ADMIN = new Actor("alice", true);

	/** Saved a section of the edition, but did not submit it. */
	static final Actor EDITOR = new Actor("dave", false);

	static final List<Actor> ACTORS = List.of(AUTHOR, REVIEWER, ADMIN, AUTHOR_ADMIN, EDITOR);

	/**
	 * Every legal step: from state, step, by whom, with a note or not, the state after.
	 */
	static Stream<Arguments> legalSteps() {
		return Stream.of(Arguments.of(DRAFT, Step.SAVE, AUTHOR, false, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, REVIEWER, false, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, ADMIN, false, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, AUTHOR_ADMIN, false, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, AUTHOR, true, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, REVIEWER, true, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, ADMIN, true, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, AUTHOR_ADMIN, true, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, EDITOR, false, DRAFT),
				Arguments.of(DRAFT, Step.SAVE, EDITOR, true, DRAFT),
				Arguments.of(DRAFT, Step.SUBMIT, AUTHOR, false, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, REVIEWER, false, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, ADMIN, false, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, AUTHOR_ADMIN, false, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, AUTHOR, true, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, REVIEWER, true, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, ADMIN, true, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, AUTHOR_ADMIN, true, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, EDITOR, false, IN_REVIEW),
				Arguments.of(DRAFT, Step.SUBMIT, EDITOR, true, IN_REVIEW),
				Arguments.of(IN_REVIEW, Step.SEND_BACK, REVIEWER, true, DRAFT),
				Arguments.of(IN_REVIEW, Step.SEND_BACK, ADMIN, true, DRAFT),
				Arguments.of(IN_REVIEW, Step.PUBLISH, REVIEWER, false, PUBLISHED),
				Arguments.of(IN_REVIEW, Step.PUBLISH, ADMIN, false, PUBLISHED),
				Arguments.of(IN_REVIEW, Step.PUBLISH, REVIEWER, true, PUBLISHED),
				Arguments.of(IN_REVIEW, Step.PUBLISH, ADMIN, true, PUBLISHED),
				Arguments.of(DRAFT, Step.FORCE_PUBLISH, ADMIN, true, PUBLISHED),
				Arguments.of(DRAFT, Step.FORCE_PUBLISH, AUTHOR_ADMIN, true, PUBLISHED),
				Arguments.of(IN_REVIEW, Step.FORCE_PUBLISH, ADMIN, true, PUBLISHED),
				Arguments.of(IN_REVIEW, Step.FORCE_PUBLISH, AUTHOR_ADMIN, true, PUBLISHED));
	}

	@ParameterizedTest(name = "{0} --{1} by {2}, note {3}--> {4}")
	@MethodSource("legalSteps")
	void aLegalStepMovesTheEditionOn(EditionState from, Step step, Actor actor, boolean note, EditionState to) {
		assertThat(Workflow.next(edition(from, false, false), step, actor, note ? "Because." : null)).isEqualTo(to);
	}

	@Test
	void everyOtherStepFromEveryStateIsRefused() {
		List<String> allowed = new ArrayList<>();
		int refused = 0;
		for (EditionState state : EditionState.values()) {
			for (Step step : Step.values()) {
				for (Actor actor : ACTORS) {
					for (boolean note : List.of(false, true)) {
						boolean legal = legalSteps().anyMatch((row) -> row.get()[0] == state && row.get()[1] == step
								&& row.get()[2] == actor && row.get()[3].equals(note));
						if (legal) {
							continue;
						}
						try {
							Workflow.next(edition(state, false, false), step, actor, note ? "Because." : null);
							allowed.add(state + " " + step + " by " + actor + " note " + note);
						}
						catch (IllegalStep ex) {
							refused++;
						}
					}
				}
			}
		}
		assertThat(allowed).isEmpty();
		assertThat(refused)
			.isEqualTo(EditionState.values().length * Step.values().length * ACTORS.size() * 2 - legalSteps().count());
	}

	@Test
	void theSubmitterCanNeitherPublishNorSendBackTheirOwnEdition() {
		for (Step step : List.of(Step.PUBLISH, Step.SEND_BACK)) {
			assertThatThrownBy(() -> Workflow.next(edition(IN_REVIEW, false, false), step, AUTHOR, "Looks fine"))
				.isInstanceOfSatisfying(IllegalStep.class, (ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
					assertThat(ex.getReasonKey()).isEqualTo("editorial.refused.fourEyes");
				});
		}
	}

	@Test
	void nobodyWhoEditedTheEditionMayPublishOrSendItBackEvenIfSomeoneElseSubmittedIt() {
		for (Step step : List.of(Step.PUBLISH, Step.SEND_BACK)) {
			assertThatThrownBy(() -> Workflow.next(edition(IN_REVIEW, false, false), step, EDITOR, "Looks fine"))
				.isInstanceOfSatisfying(IllegalStep.class, (ex) -> {
					assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
					assertThat(ex.getReasonKey()).isEqualTo("editorial.refused.fourEyes");
				});
			assertThat(Workflow.next(edition(IN_REVIEW, false, false), step, REVIEWER, "Looks fine")).isNotNull();
		}
	}

	@Test
	void anAdminWhoSubmittedMustStillForcePublishWithAReason() {
		assertThatThrownBy(() -> Workflow.next(edition(IN_REVIEW, false, false), Step.PUBLISH, AUTHOR_ADMIN, null))
			.isInstanceOf(IllegalStep.class);
		assertThatThrownBy(
				() -> Workflow.next(edition(IN_REVIEW, false, false), Step.FORCE_PUBLISH, AUTHOR_ADMIN, "  "))
			.isInstanceOfSatisfying(IllegalStep.class,
					(ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
		assertThatThrownBy(() -> Workflow.next(edition(DRAFT, false, false), Step.FORCE_PUBLISH, REVIEWER, "Urgent"))
			.isInstanceOfSatisfying(IllegalStep.class,
					(ex) -> assertThat(ex.getReasonKey()).isEqualTo("editorial.refused.adminOnly"));
	}

	@Test
	void aForcePublishedEditionGetsOneSecondLookFromSomeoneWhoNeitherPublishedNorEditedIt() {
		EditionFacts forced = new EditionFacts(PUBLISHED, null, "carol", true, false, Set.of("carol", "dave"));
		assertThat(Workflow.next(forced, Step.SECOND_LOOK, REVIEWER, null)).isEqualTo(PUBLISHED);
		assertThatThrownBy(() -> Workflow.next(forced, Step.SECOND_LOOK, EDITOR, null)).isInstanceOfSatisfying(
				IllegalStep.class, (ex) -> assertThat(ex.getReasonKey()).isEqualTo("editorial.refused.fourEyes"));
		EditionFacts supersededSince = new EditionFacts(SUPERSEDED, null, "carol", true, false, Set.of("carol"));
		assertThat(Workflow.next(supersededSince, Step.SECOND_LOOK, REVIEWER, null)).isEqualTo(SUPERSEDED);
		assertThatThrownBy(() -> Workflow.next(forced, Step.SECOND_LOOK, ADMIN, null)).isInstanceOfSatisfying(
				IllegalStep.class, (ex) -> assertThat(ex.getReasonKey()).isEqualTo("editorial.refused.fourEyes"));
		EditionFacts looked = new EditionFacts(PUBLISHED, null, "carol", true, true, Set.of("carol"));
		assertThatThrownBy(() -> Workflow.next(looked, Step.SECOND_LOOK, REVIEWER, null))
			.isInstanceOf(IllegalStep.class);
	}

	/**
	 * An edition alice made and dave saved a section of; alice sent it for review unless
	 * it is a draft.
	 */
	private static EditionFacts edition(EditionState state, boolean forced, boolean looked) {
		return new EditionFacts(state, (state == DRAFT) ? null : "alice", null, forced, looked,
				Set.of("alice", "dave"));
	}

}
