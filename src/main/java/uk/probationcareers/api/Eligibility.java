package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.stream.Stream;

import uk.probationcareers.routes.RouteView;

/**
 * Who can take an entry route, as the route finder reads it. A rule left null is not
 * asked for.
 */
public record Eligibility(Integer minQualificationLevel, Integer maxQualificationLevel,
		Integer criminologyModulesRequired, String experienceNeeded, boolean experienceRequired,
		Integer ukResidenceYears, Integer minimumAge, boolean civilServiceNationality, String staffRule,
		Integer minServiceMonths, Integer partTimeMonthsMax, Citation partTimeSource, Citation rulesSource,
		LocalDate rulesChecked) implements Dated {

	static Eligibility of(RouteView.Eligibility rules) {
		return new Eligibility(rules.minQualificationLevel(), rules.maxQualificationLevel(),
				rules.criminologyModulesRequired(), rules.experienceNeeded(), rules.experienceRequired(),
				rules.ukResidenceYears(), rules.minimumAge(), rules.civilServiceNationality(),
				Codes.of(rules.staffRule()), rules.minServiceMonths(), rules.partTimeMonthsMax(),
				Citation.of(rules.partTimeSource()), Citation.of(rules.rulesSource()), rules.rulesChecked());
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.of(Stream.of(this.rulesChecked), Dated.of(this.partTimeSource), Dated.of(this.rulesSource))
			.flatMap((dates) -> dates);
	}

}
