package uk.probationcareers.role.editorial;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import uk.probationcareers.role.EditionState;

/**
 * One edition of a role as the editorial pages show it: its state and who did what when.
 */
public record EditionRow(long id, long roleId, String slug, int number, EditionState state, String title, long version,
		String createdBy, OffsetDateTime createdAt, String submittedBy, OffsetDateTime submittedAt, String reviewedBy,
		OffsetDateTime reviewedAt, String publishedBy, OffsetDateTime publishedAt, String changeKind, String changeNote,
		String reviewComment, String forceReason, String secondLookBy, OffsetDateTime secondLookAt,
		String withdrawalReason, String onwardSlugs, LocalDate lastReviewed, LocalDate lastUpdated) {

	public boolean open() {
		return this.state == EditionState.DRAFT || this.state == EditionState.IN_REVIEW;
	}

	/**
	 * Whether a new draft can be made from this edition: only from one that a later
	 * edition superseded.
	 */
	public boolean restorable() {
		return this.state == EditionState.SUPERSEDED;
	}

	public boolean withdraws() {
		return this.withdrawalReason != null;
	}

	public boolean awaitingSecondLook() {
		return this.forceReason != null && this.secondLookBy == null;
	}

	/**
	 * What the workflow rules need, with everyone who made or saved any part of the
	 * edition.
	 */
	EditionFacts facts(Set<String> editors) {
		return new EditionFacts(this.state, this.submittedBy, this.publishedBy, this.forceReason != null,
				this.secondLookBy != null, editors);
	}

	String label() {
		return this.title + " (edition " + this.number + ")";
	}

}
