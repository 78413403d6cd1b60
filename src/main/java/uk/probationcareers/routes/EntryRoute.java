package uk.probationcareers.routes;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.NationList;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.model.VersionedEntity;
import uk.probationcareers.pay.PayBand;

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

	private Integer criminologyModulesRequired;

	private Integer maxQualificationLevel;

	private boolean experienceRequired;

	private boolean civilServiceNationality;

	@Enumerated(EnumType.STRING)
	private StaffRule staffRule = StaffRule.ANYONE;

	private Integer minServiceMonths;

	private Integer partTimeMonthsMax;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "part_time_source_id")
	private Source partTimeSource;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "rules_source_id")
	private Source rulesSource;

	private LocalDate rulesChecked;

	private String guidance;

	private LocalDate guidanceDated;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "training_pay_band_id")
	private PayBand trainingPayBand;

	private String nextSteps;

	private String intakes;

	private String registerInterestUrl;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "recruitment_source_id")
	private Source recruitmentSource;

	private String experienceNeeded;

	private Integer ukResidenceYears;

	private Integer minimumAge;

	@Convert(converter = NationList.class)
	private List<Nation> nations;

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

	public Integer getCriminologyModulesRequired() {
		return this.criminologyModulesRequired;
	}

	public Integer getMaxQualificationLevel() {
		return this.maxQualificationLevel;
	}

	public boolean isExperienceRequired() {
		return this.experienceRequired;
	}

	public boolean isCivilServiceNationality() {
		return this.civilServiceNationality;
	}

	public StaffRule getStaffRule() {
		return this.staffRule;
	}

	public Integer getMinServiceMonths() {
		return this.minServiceMonths;
	}

	public Integer getPartTimeMonthsMax() {
		return this.partTimeMonthsMax;
	}

	public Source getPartTimeSource() {
		return this.partTimeSource;
	}

	public Source getRulesSource() {
		return this.rulesSource;
	}

	public LocalDate getRulesChecked() {
		return this.rulesChecked;
	}

	public String getGuidance() {
		return this.guidance;
	}

	public LocalDate getGuidanceDated() {
		return this.guidanceDated;
	}

	public PayBand getTrainingPayBand() {
		return this.trainingPayBand;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public String getIntakes() {
		return this.intakes;
	}

	public String getRegisterInterestUrl() {
		return this.registerInterestUrl;
	}

	public Source getRecruitmentSource() {
		return this.recruitmentSource;
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

	public List<Nation> getNations() {
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
	public void describe(RouteDetails details, RouteAward award, LocalDate validFrom, Source source) {
		this.code = details.code();
		this.name = details.name();
		this.routeType = details.routeType();
		this.summary = details.summary();
		this.qualificationGained = award.qualificationGained();
		this.qualificationLevel = award.qualificationLevel();
		this.durationMonthsMin = award.durationMonthsMin();
		this.durationMonthsMax = award.durationMonthsMax();
		this.validFrom = validFrom;
		this.source = source;
	}

	/**
	 * Corrects who can take the route.
	 */
	public void eligibility(QualificationsNeeded qualifications, String experienceNeeded, boolean experienceRequired,
			WhoCanApply who) {
		this.entryRequirements = qualifications.entryRequirements();
		this.minQualificationLevel = qualifications.minQualificationLevel();
		this.maxQualificationLevel = qualifications.maxQualificationLevel();
		this.criminologyModulesRequired = qualifications.criminologyModulesRequired();
		this.experienceNeeded = experienceNeeded;
		this.experienceRequired = experienceRequired;
		this.ukResidenceYears = who.ukResidenceYears();
		this.minimumAge = who.minimumAge();
		this.civilServiceNationality = who.civilServiceNationality();
		this.nations = who.nations();
	}

	/**
	 * Corrects the rules for current staff, part-time training and when the rules were
	 * last checked against their source.
	 */
	public void staffAndStudy(StaffAndStudy rules, Source rulesSource, LocalDate rulesChecked) {
		this.staffRule = rules.staffRule();
		this.minServiceMonths = rules.minServiceMonths();
		this.partTimeMonthsMax = rules.partTimeMonthsMax();
		this.partTimeSource = rules.partTimeSource();
		this.rulesSource = rulesSource;
		this.rulesChecked = rulesChecked;
	}

	/**
	 * Corrects the advice a dated page gives without making it a rule, shown on the
	 * route's page and never applied by the route finder; {@code null} for none.
	 */
	public void guidance(String guidance, LocalDate dated) {
		this.guidance = guidance;
		this.guidanceDated = dated;
	}

	/**
	 * Corrects what a trainee earns, what to do next, and how recruitment runs.
	 */
	public void training(PayBand trainingPayBand, String nextSteps, HowToApply howToApply) {
		this.trainingPayBand = trainingPayBand;
		this.nextSteps = nextSteps;
		this.intakes = howToApply.intakes();
		this.registerInterestUrl = howToApply.registerInterestUrl();
		this.recruitmentSource = howToApply.recruitmentSource();
	}

}
