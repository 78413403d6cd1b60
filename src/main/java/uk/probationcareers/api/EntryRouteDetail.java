package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.routes.RouteView;

/**
 * An entry route: what it is and gives, who can take it, what a trainee earns, where
 * recruitment stands today, every recruitment window held and the roles it leads to.
 */
public record EntryRouteDetail(String code, String name, String type, String summary, String qualificationGained,
		Integer qualificationLevel, Integer durationMonthsMin, Integer durationMonthsMax, String entryRequirements,
		Eligibility eligibility, List<String> nations, LocalDate validFrom, Citation source, PayFacts trainingPay,
		String nextSteps, RecruitmentNow recruitment, List<IntakeWindow> windows, List<RoleLink> roles, String href,
		String page) implements Dated {

	static EntryRouteDetail of(RouteView route, List<IntakeWindow> windows, List<RoleLink> roles) {
		return new EntryRouteDetail(route.code(), route.name(), Codes.of(route.type()), route.summary(),
				route.qualificationGained(), route.qualificationLevel(), route.durationMonthsMin(),
				route.durationMonthsMax(), route.entryRequirements(), Eligibility.of(route.eligibility()),
				route.nations().stream().map(Nation::name).toList(), route.validFrom(), Citation.of(route.source()),
				PayFacts.of(route.trainingPay()), route.nextSteps(), RecruitmentNow.of(route.recruitment()),
				List.copyOf(windows), List.copyOf(roles), Links.route(route.code()), Links.routePage(route.code()));
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream
			.of(Dated.of(this.eligibility), Dated.of(this.source), Dated.of(this.trainingPay),
					Dated.of(this.recruitment), Dated.ofAll(this.windows))
			.flatMap((dates) -> dates);
	}

}
