package uk.probationcareers.routes.finder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.routes.StaffRule;

/**
 * Checks someone's answers against the rules an entry route stores. Nothing about any
 * particular route is written here: the figures all come from the route's data.
 */
final class RouteRules {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private RouteRules() {
	}

	/**
	 * Every reason the route is closed to someone with these (complete) answers on
	 * {@code today}; none means it is open to them.
	 */
	static List<Barrier> barriers(RouteView route, Answers answers, LocalDate today) {
		RouteView.Eligibility rules = route.eligibility();
		List<Barrier> barriers = new ArrayList<>();
		if (!answers.nation().coveredBy(route.nations())) {
			barriers.add(Barrier.of(Barrier.Type.NATION, nationNames(route.nations())));
		}
		if (route.validFrom() != null && route.validFrom().isAfter(today)) {
			barriers.add(Barrier.of(Barrier.Type.NOT_YET_IN_FORCE, DAY.format(route.validFrom())));
		}
		int level = answers.qualification().level();
		if (rules.minQualificationLevel() != null && level < rules.minQualificationLevel()) {
			barriers.add(Barrier.of(Barrier.Type.QUALIFICATION_TOO_LOW, rules.minQualificationLevel(), level));
		}
		if (rules.maxQualificationLevel() != null && level > rules.maxQualificationLevel()) {
			barriers.add(Barrier.of(Barrier.Type.QUALIFICATION_TOO_HIGH, rules.maxQualificationLevel(), level));
		}
		if (rules.criminologyModulesRequired() != null && answers.moduleCount() < rules.criminologyModulesRequired()) {
			barriers.add(Barrier.of(Barrier.Type.MODULES, rules.criminologyModulesRequired(), answers.moduleCount()));
		}
		if (rules.experienceRequired() && !answers.yes(Question.EXPERIENCE)) {
			barriers.add(Barrier.of(Barrier.Type.EXPERIENCE));
		}
		boolean staff = answers.employer().isStaff();
		if (rules.staffRule() == StaffRule.STAFF_ONLY && !staff) {
			barriers.add(Barrier.of(Barrier.Type.STAFF_ONLY));
		}
		if (rules.staffRule() == StaffRule.EXTERNAL_ONLY && staff) {
			barriers.add(Barrier.of(Barrier.Type.EXTERNAL_ONLY));
		}
		if (staff && rules.minServiceMonths() != null && answers.serviceMonths() < rules.minServiceMonths()) {
			barriers.add(Barrier.of(Barrier.Type.SERVICE, rules.minServiceMonths(), answers.serviceMonths()));
		}
		if (rules.ukResidenceYears() != null && !answers.yes(Question.RESIDENCE)) {
			barriers.add(Barrier.of(Barrier.Type.RESIDENCE, rules.ukResidenceYears()));
		}
		if (rules.civilServiceNationality() && !answers.yes(Question.NATIONALITY)) {
			barriers.add(Barrier.of(Barrier.Type.NATIONALITY));
		}
		if (rules.minimumAge() != null && !answers.yes(Question.AGE)) {
			barriers.add(Barrier.of(Barrier.Type.AGE, rules.minimumAge()));
		}
		return List.copyOf(barriers);
	}

	private static String nationNames(List<Nation> nations) {
		return nations.stream().map(RouteRules::nationName).collect(Collectors.joining(" and "));
	}

	private static String nationName(Nation nation) {
		return switch (nation) {
			case ENGLAND -> "England";
			case WALES -> "Wales";
			case SCOTLAND -> "Scotland";
			case NORTHERN_IRELAND -> "Northern Ireland";
		};
	}

}
