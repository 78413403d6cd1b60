package uk.probationcareers.feedback;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.probationcareers.model.BaseEntity;

/**
 * One thing a reader told us about a page: whether it was useful, or what they were doing
 * and what went wrong. Nothing identifies the reader. A problem report stays open until
 * an editor marks it done.
 */
@Entity
@Table(name = "feedback_report")
class FeedbackReport extends BaseEntity {

	private String pagePath;

	@Enumerated(EnumType.STRING)
	private FeedbackKind kind;

	private String doing;

	private String wentWrong;

	private OffsetDateTime receivedAt;

	private OffsetDateTime doneAt;

	private String doneBy;

	protected FeedbackReport() {
	}

	FeedbackReport(String pagePath, FeedbackKind kind, String doing, String wentWrong, OffsetDateTime receivedAt) {
		this.pagePath = pagePath;
		this.kind = kind;
		this.doing = doing;
		this.wentWrong = wentWrong;
		this.receivedAt = receivedAt;
	}

	void markDone(String by, OffsetDateTime at) {
		this.doneBy = by;
		this.doneAt = at;
	}

	String getPagePath() {
		return this.pagePath;
	}

	FeedbackKind getKind() {
		return this.kind;
	}

	String getDoing() {
		return this.doing;
	}

	String getWentWrong() {
		return this.wentWrong;
	}

	OffsetDateTime getReceivedAt() {
		return this.receivedAt;
	}

	OffsetDateTime getDoneAt() {
		return this.doneAt;
	}

	String getDoneBy() {
		return this.doneBy;
	}

	boolean isDone() {
		return this.doneAt != null;
	}

}
