package uk.probationcareers.routes;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.model.VersionedEntity;

/**
 * One recruitment campaign for an entry route: when applications open and close, when the
 * intake starts, and where those dates were read. Any of the dates may be unknown.
 */
@Entity
@Table(name = "recruitment_window")
public class RecruitmentWindow extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "entry_route_id")
	private EntryRoute entryRoute;

	private String intake;

	private LocalDate opensOn;

	private LocalDate closesOn;

	private LocalDate startsOn;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private LocalDate dateChecked;

	public EntryRoute getEntryRoute() {
		return this.entryRoute;
	}

	public String getIntake() {
		return this.intake;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public Source getSource() {
		return this.source;
	}

	public LocalDate getDateChecked() {
		return this.dateChecked;
	}

	public void describe(EntryRoute entryRoute, String intake, LocalDate opensOn, LocalDate closesOn,
			LocalDate startsOn, Source source, LocalDate dateChecked) {
		this.entryRoute = entryRoute;
		this.intake = intake;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.startsOn = startsOn;
		this.source = source;
		this.dateChecked = dateChecked;
	}

}
