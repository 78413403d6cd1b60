package uk.probationcareers.catalogue;

import java.time.LocalDate;
import java.util.List;

public record RouteView(String code, String name, RouteType type, String summary, String qualificationGained,
		Integer qualificationLevel, Integer durationMonthsMin, Integer durationMonthsMax, String entryRequirements,
		Integer minQualificationLevel, boolean criminologyShortens, String experienceNeeded, Integer ukResidenceYears,
		Integer minimumAge, List<Nation> nations, LocalDate validFrom, SourceView source) {

	public static RouteView of(EntryRoute route) {
		return new RouteView(route.getCode(), route.getName(), route.getRouteType(), route.getSummary(),
				route.getQualificationGained(), route.getQualificationLevel(), route.getDurationMonthsMin(),
				route.getDurationMonthsMax(), route.getEntryRequirements(), route.getMinQualificationLevel(),
				route.isCriminologyShortens(), route.getExperienceNeeded(), route.getUkResidenceYears(),
				route.getMinimumAge(), Nation.parseList(route.getNations()), route.getValidFrom(),
				SourceView.of(route.getSource()));
	}

	public boolean hasDuration() {
		return this.durationMonthsMin != null || this.durationMonthsMax != null;
	}

	public boolean isFixedDuration() {
		return this.durationMonthsMin != null && this.durationMonthsMin.equals(this.durationMonthsMax);
	}

}
