package uk.probationcareers.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.model.VersionedEntity;

@Entity
@Table(name = "entry_route")
public class EntryRoute extends VersionedEntity {

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RouteType routeType;

	private String summary;

	private String qualificationGained;

	private Integer qualificationLevel;

	private Integer durationMonthsMin;

	private Integer durationMonthsMax;

	private String entryRequirements;

	private Integer minQualificationLevel;

	private boolean criminologyShortens;

	private String experienceNeeded;

	private Integer ukResidenceYears;

	private Integer minimumAge;

	private String nations;

	private LocalDate validFrom;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "source_id")
	private Source source;

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public RouteType getRouteType() {
		return this.routeType;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getQualificationGained() {
		return this.qualificationGained;
	}

	public Integer getQualificationLevel() {
		return this.qualificationLevel;
	}

	public Integer getDurationMonthsMin() {
		return this.durationMonthsMin;
	}

	public Integer getDurationMonthsMax() {
		return this.durationMonthsMax;
	}

	public String getEntryRequirements() {
		return this.entryRequirements;
	}

	public Integer getMinQualificationLevel() {
		return this.minQualificationLevel;
	}

	public boolean isCriminologyShortens() {
		return this.criminologyShortens;
	}

	public String getExperienceNeeded() {
		return this.experienceNeeded;
	}

	public Integer getUkResidenceYears() {
		return this.ukResidenceYears;
	}

	public Integer getMinimumAge() {
		return this.minimumAge;
	}

	public String getNations() {
		return this.nations;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public Source getSource() {
		return this.source;
	}

	/**
	 * Corrects what the route is and gives.
	 */
	public void describe(String code, String name, RouteType routeType, String summary, String qualificationGained,
			Integer qualificationLevel, Integer durationMonthsMin, Integer durationMonthsMax, LocalDate validFrom,
			Source source) {
		this.code = code;
		this.name = name;
		this.routeType = routeType;
		this.summary = summary;
		this.qualificationGained = qualificationGained;
		this.qualificationLevel = qualificationLevel;
		this.durationMonthsMin = durationMonthsMin;
		this.durationMonthsMax = durationMonthsMax;
		this.validFrom = validFrom;
		this.source = source;
	}

	/**
	 * Corrects who can take the route; {@code nations} is the stored comma-separated
	 * list.
	 */
	public void eligibility(String entryRequirements, Integer minQualificationLevel, boolean criminologyShortens,
			String experienceNeeded, Integer ukResidenceYears, Integer minimumAge, String nations) {
		this.entryRequirements = entryRequirements;
		this.minQualificationLevel = minQualificationLevel;
		this.criminologyShortens = criminologyShortens;
		this.experienceNeeded = experienceNeeded;
		this.ukResidenceYears = ukResidenceYears;
		this.minimumAge = minimumAge;
		this.nations = nations;
	}

}
