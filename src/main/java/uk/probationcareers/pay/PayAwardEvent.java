package uk.probationcareers.pay;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.model.VersionedEntity;

/**
 * A dated step in a pay award (a claim, an offer, a ballot), with the source that reports
 * it.
 */
@Entity
@Table(name = "pay_award_event")
public class PayAwardEvent extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "award_id")
	private PayAward award;

	private LocalDate eventDate;

	private LocalDate endDate;

	private String dateLabel;

	@Enumerated(EnumType.STRING)
	private PayAwardEventKind kind;

	private String description;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	public PayAward getAward() {
		return this.award;
	}

	public LocalDate getEventDate() {
		return this.eventDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getDateLabel() {
		return this.dateLabel;
	}

	public PayAwardEventKind getKind() {
		return this.kind;
	}

	public String getDescription() {
		return this.description;
	}

	public Source getSource() {
		return this.source;
	}

	/**
	 * Corrects the event in place.
	 */
	public void update(PayAward award, LocalDate eventDate, LocalDate endDate, String dateLabel, PayAwardEventKind kind,
			String description, Source source) {
		this.award = award;
		this.eventDate = eventDate;
		this.endDate = endDate;
		this.dateLabel = dateLabel;
		this.kind = kind;
		this.description = description;
		this.source = source;
	}

}
