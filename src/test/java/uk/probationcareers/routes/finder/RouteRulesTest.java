package uk.probationcareers.routes.finder;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.routes.RouteType;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.routes.StaffRule;
import uk.probationcareers.routes.finder.Barrier.Type;
import uk.probationcareers.support.TestRoute;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The eligibility rules over every combination of answers, against routes shaped like the
 * real catalogue's, and a table of the cases the site promises.
 */
class RouteRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static final RouteView PSO = TestRoute.named("pso").nations(Nation.ENGLAND, Nation.WALES).experience().build();

	static final RouteView PQIP_15 = pqip("pqip-15").levels(5, null).modules(3).months(15, 15).build();

	static final RouteView PQIP_21 = pqip("pqip-21").levels(5, null).months(21, 21).build();

	static final RouteView PQIP_27 = pqip("pqip-27").levels(3, 4).months(27, 27).build();

	static final RouteView INTERNAL = TestRoute.named("internal")
		.nations(Nation.ENGLAND, Nation.WALES)
		.levels(3, null)
		.staff(StaffRule.STAFF_ONLY, 6)
		.type(RouteType.INTERNAL)
		.build();

	static final RouteView SCOTLAND = TestRoute.named("social-work-scotland").nations(Nation.SCOTLAND).build();

	static final RouteView NORTHERN_IRELAND = TestRoute.named("social-work-ni")
		.nations(Nation.NORTHERN_IRELAND)
		.build();

	static final RouteView NOT_YET = TestRoute.named("from-2027")
		.nations(Nation.ENGLAND)
		.validFrom(TODAY.plusDays(1))
		.build();

	static final List<RouteView> ROUTES = List.of(PSO, PQIP_15, PQIP_21, PQIP_27, INTERNAL, SCOTLAND, NORTHERN_IRELAND,
			NOT_YET);

	static final List<String> MODULES = List.of("justice-system", "crime", "penal-policy", "rehabilitation");

	private static TestRoute pqip(String name) {
		return TestRoute.named(name)
			.nations(Nation.ENGLAND, Nation.WALES)
			.experience()
			.residence(3)
			.age(18)
			.nationality()
			.staff(StaffRule.EXTERNAL_ONLY, null)
			.partTime(30)
			.type(RouteType.TRAINEE_PROGRAMME);
	}

	@Test
	void everyCombinationOfAnswersGetsExactlyTheBarriersItsAnswersBreak() {
		int combinations = 0;
		for (String nation : List.of("england-wales", "scotland", "northern-ireland")) {
			for (Qualification qualification : Qualification.values()) {
				for (int modules = 0; modules <= 4; modules++) {
					for (String experience : List.of("yes", "no")) {
						for (String employment : List.of("neither", "probation:0", "probation:5", "probation:6",
								"moj:24")) {
							for (String residence : List.of("yes", "no")) {
								for (String nationality : List.of("yes", "no")) {
									for (String adult : List.of("yes", "no")) {
										for (String partTime : List.of("yes", "no")) {
											Answers answers = answers(nation, qualification.value(), modules,
													experience, employment, residence, nationality, adult, partTime);
											for (RouteView route : ROUTES) {
												assertThat(types(RouteRules.barriers(route, answers, TODAY)))
													.as("%s for %s", route.code(), answers)
													.isEqualTo(expected(route, nation, qualification, modules,
															experience, employment, residence, nationality, adult));
											}
											combinations++;
										}
									}
								}
							}
						}
					}
				}
			}
		}
		assertThat(combinations).isEqualTo(3 * 7 * 5 * 2 * 5 * 2 * 2 * 2 * 2);
	}

	/**
	 * The barriers worked out independently, straight from the raw answers and the
	 * fixtures' rules as written above.
	 */
	private static Set<Type> expected(RouteView route, String nation, Qualification qualification, int modules,
			String experience, String employment, String residence, String nationality, String adult) {
		Set<Type> expected = EnumSet.noneOf(Type.class);
		boolean englandWales = route == PSO || route == PQIP_15 || route == PQIP_21 || route == PQIP_27
				|| route == INTERNAL;
		boolean inNation = switch (nation) {
			case "england-wales" -> englandWales || route == NOT_YET;
			case "scotland" -> route == SCOTLAND;
			default -> route == NORTHERN_IRELAND;
		};
		if (!inNation) {
			expected.add(Type.NATION);
		}
		if (route == NOT_YET) {
			expected.add(Type.NOT_YET_IN_FORCE);
		}
		int level = switch (qualification) {
			case NONE -> 0;
			case GCSE -> 2;
			case LEVEL_3 -> 3;
			case LEVEL_4 -> 4;
			case LEVEL_5 -> 5;
			case DEGREE, SOCIAL_WORK_DEGREE -> 6;
		};
		if ((route == PQIP_15 || route == PQIP_21) && level < 5
				|| (route == PQIP_27 || route == INTERNAL) && level < 3) {
			expected.add(Type.QUALIFICATION_TOO_LOW);
		}
		if (route == PQIP_27 && level > 4) {
			expected.add(Type.QUALIFICATION_TOO_HIGH);
		}
		if (route == PQIP_15 && modules < 3) {
			expected.add(Type.MODULES);
		}
		boolean pqip = route == PQIP_15 || route == PQIP_21 || route == PQIP_27;
		if ((pqip || route == PSO) && experience.equals("no")) {
			expected.add(Type.EXPERIENCE);
		}
		boolean staff = !employment.equals("neither");
		if (route == INTERNAL && !staff) {
			expected.add(Type.STAFF_ONLY);
		}
		if (route == INTERNAL && staff && Integer.parseInt(employment.split(":")[1]) < 6) {
			expected.add(Type.SERVICE);
		}
		if (pqip && staff) {
			expected.add(Type.EXTERNAL_ONLY);
		}
		if (pqip && residence.equals("no")) {
			expected.add(Type.RESIDENCE);
		}
		if (pqip && nationality.equals("no")) {
			expected.add(Type.NATIONALITY);
		}
		if (pqip && adult.equals("no")) {
			expected.add(Type.AGE);
		}
		return expected;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					A levels, experience, the last 3 years in the UK  | england-wales | level-3 | 0 | yes | neither     | yes | pso,pqip-27
					a graduate who covered 3 of the 4 modules         | england-wales | degree  | 3 | yes | neither     | yes | pso,pqip-15,pqip-21
					a graduate who covered 2 of the 4 modules         | england-wales | degree  | 2 | yes | neither     | yes | pso,pqip-21
					a graduate who has not lived in the UK 3 years    | england-wales | degree  | 4 | yes | neither     | no  | pso
					no experience yet                                 | england-wales | level-5 | 0 | no  | neither     | yes | (none)
					a probation service officer of 6 months           | england-wales | level-3 | 0 | yes | probation:6 | yes | pso,internal
					a probation service officer of 2 months           | england-wales | level-3 | 0 | yes | probation:2 | yes | pso
					someone who wants to work in Scotland             | scotland      | degree  | 4 | yes | neither     | yes | social-work-scotland
					someone who wants to work in Northern Ireland     | northern-ireland | social-work-degree | 0 | no | neither | no | social-work-ni
					""")
	void theCasesTheSitePromises(String who, String nation, String qualification, int modules, String experience,
			String employment, String residence, String open) {
		Answers answers = answers(nation, qualification, modules, experience, employment, residence, "yes", "yes",
				"no");
		List<String> opened = ROUTES.stream()
			.filter((route) -> RouteRules.barriers(route, answers, TODAY).isEmpty())
			.map(RouteView::code)
			.toList();
		assertThat(opened).as(who)
			.containsExactlyInAnyOrderElementsOf(open.equals("(none)") ? List.of() : Arrays.asList(open.split(",")));
	}

	@Test
	void theResidentialWorkerRouteIsClosedToSomeoneUnder18OrWithoutCivilServiceNationality() {
		RouteView residentialWorker = TestRoute.named("aprw")
			.nations(Nation.ENGLAND, Nation.WALES)
			.age(18)
			.nationality()
			.build();
		assertThat(RouteRules.barriers(residentialWorker,
				answers("england-wales", "gcse", 0, "no", "neither", "no", "yes", "yes", "no"), TODAY))
			.isEmpty();
		assertThat(RouteRules.barriers(residentialWorker,
				answers("england-wales", "gcse", 0, "no", "neither", "no", "yes", "no", "no"), TODAY))
			.containsExactly(Barrier.of(Type.AGE, 18));
		assertThat(RouteRules.barriers(residentialWorker,
				answers("england-wales", "gcse", 0, "no", "neither", "no", "no", "yes", "no"), TODAY))
			.containsExactly(Barrier.of(Type.NATIONALITY));
	}

	@Test
	void aBarrierCarriesTheFiguresItsMessageNeeds() {
		Answers answers = answers("england-wales", "level-3", 0, "yes", "probation:4", "no", "yes", "yes", "no");
		assertThat(RouteRules.barriers(INTERNAL, answers, TODAY)).containsExactly(Barrier.of(Type.SERVICE, 6, 4));
		assertThat(RouteRules.barriers(PQIP_15, answers, TODAY)).contains(Barrier.of(Type.QUALIFICATION_TOO_LOW, 5, 3),
				Barrier.of(Type.MODULES, 3, 0), Barrier.of(Type.RESIDENCE, 3));
		assertThat(RouteRules.barriers(NOT_YET, answers, TODAY))
			.containsExactly(Barrier.of(Type.NOT_YET_IN_FORCE, "24 November 2026"));
	}

	static Answers answers(String nation, String qualification, int modules, String experience, String employment,
			String residence, String nationality, String adult, String partTime) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("nation", nation);
		params.add("qualification", qualification);
		if (modules == 0) {
			params.add("modules", "none");
		}
		else {
			MODULES.subList(0, modules).forEach((module) -> params.add("modules", module));
		}
		params.add("experience", experience);
		String[] work = employment.split(":");
		params.add("employer", work[0]);
		if (work.length > 1) {
			params.add("months", work[1]);
		}
		params.add("uk-residence", residence);
		params.add("nationality", nationality);
		params.add("adult", adult);
		params.add("part-time", partTime);
		Answers.Parsed parsed = Answers.parse(params);
		assertThat(parsed.errors()).isEmpty();
		return parsed.answers();
	}

	private static Set<Type> types(List<Barrier> barriers) {
		return barriers.stream().map(Barrier::type).collect(Collectors.toCollection(() -> EnumSet.noneOf(Type.class)));
	}

}
