package uk.probationcareers.routes;

import java.time.LocalDate;
import java.util.List;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.SourceView;
import uk.probationcareers.pay.PayView;

/**
 * An entry route as the public sees it: what it is and gives, who can take it (the rules
 * the route finder reads), what a trainee earns, and where recruitment stands today.
 */
public record RouteView(String code, String name, RouteType type, String summary, String qualificationGained,
		Integer qualificationLevel, Integer durationMonthsMin, Integer durationMonthsMax, String entryRequirements,
		Eligibility eligibility, List<Nation> nations, LocalDate validFrom, SourceView source, PayView trainingPay,
		String nextSteps, Recruitment recruitment) {

	/**
	 * Who can take a route. Every rule left empty is not asked for. Guidance is what a
	 * dated page advises but does not set as a rule, so the route finder never reads it.
	 */
	public record Eligibility(Integer minQualificationLevel, Integer maxQualificationLevel,
			Integer criminologyModulesRequired, String experienceNeeded, boolean experienceRequired,
			Integer ukResidenceYears, Integer minimumAge, boolean civilServiceNationality, StaffRule staffRule,
			Integer minServiceMonths, Integer partTimeMonthsMax, SourceView partTimeSource, SourceView rulesSource,
			LocalDate rulesChecked, String guidance, LocalDate guidanceDated) {

		static Eligibility of(EntryRoute route) {
			return new Eligibility(route.getMinQualificationLevel(), route.getMaxQualificationLevel(),
					route.getCriminologyModulesRequired(), route.getExperienceNeeded(), route.isExperienceRequired(),
					route.getUkResidenceYears(), route.getMinimumAge(), route.isCivilServiceNationality(),
					route.getStaffRule(), route.getMinServiceMonths(), route.getPartTimeMonthsMax(),
					SourceView.of(route.getPartTimeSource()), SourceView.of(route.getRulesSource()),
					route.getRulesChecked(), route.getGuidance(), route.getGuidanceDated());
		}

	}

	public static RouteView of(EntryRoute route, List<RecruitmentWindow> windows, LocalDate today) {
		Recruitment recruitment = Recruitment.of(windows.stream().map(WindowView::of).toList(), today,
				route.getIntakes(), route.getRegisterInterestUrl(), SourceView.of(route.getRecruitmentSource()));
		return new RouteView(route.getCode(), route.getName(), route.getRouteType(), route.getSummary(),
				route.getQualificationGained(), route.getQualificationLevel(), route.getDurationMonthsMin(),
				route.getDurationMonthsMax(), route.getEntryRequirements(), Eligibility.of(route), route.getNations(),
				route.getValidFrom(), SourceView.of(route.getSource()), PayView.of(route.getTrainingPayBand()),
				route.getNextSteps(), recruitment);
	}

	public boolean hasDuration() {
		return this.durationMonthsMin != null || this.durationMonthsMax != null;
	}

	public boolean isFixedDuration() {
		return this.durationMonthsMin != null && this.durationMonthsMin.equals(this.durationMonthsMax);
	}

	/**
	 * The longest full-time training the route takes, for putting the quickest first;
	 * routes with no known length go last.
	 */
	public int monthsForSorting() {
		if (this.durationMonthsMax != null) {
			return this.durationMonthsMax;
		}
		return (this.durationMonthsMin != null) ? this.durationMonthsMin : Integer.MAX_VALUE;
	}

	public Integer minimumAge() {
		return this.eligibility.minimumAge();
	}

	public Integer ukResidenceYears() {
		return this.eligibility.ukResidenceYears();
	}

	public String experienceNeeded() {
		return this.eligibility.experienceNeeded();
	}

}
