package uk.probationcareers.routes.finder;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.system.CatalogueChanged;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route finder over real HTTP against the seeded catalogue: the journeys the site
 * promises, and every way an address can be wrong.
 */
class RouteFinderPagesTest extends RunningSiteTest {

	static final String A_LEVELS = "nation=england-wales&qualification=level-3&experience=yes&employer=neither"
			+ "&uk-residence=yes&nationality=yes&adult=yes&part-time=no";

	static final String GRADUATE_WITH_MODULES = "nation=england-wales&qualification=degree"
			+ "&modules=justice-system&modules=crime&modules=rehabilitation&experience=yes&employer=neither"
			+ "&uk-residence=yes&nationality=yes&adult=yes&part-time=no";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void putTheSeededRuleBack() {
		changeRoute("update entry_route set min_qualification_level = 3 where code = 'pqip-non-graduate'");
	}

	@Test
	void aNonGraduateWithALevelsIsOfferedTheNonGraduatePqipRouteAndThePsoRouteWithTheirLengthsAndDates() {
		String page = results(A_LEVELS);
		String open = section(page, "open");
		assertThat(routeNames(open)).contains("Trainee probation officer (PQiP): route from a Level 3 qualification",
				"Apply directly as a probation service officer");
		assertThat(open).contains("27 months", "Can I apply now?", "We have no current dates for applications.",
				"Intakes usually start in March and September.");
		assertThat(routeNames(section(page, "not-open"))).contains("Trainee probation officer (PQiP): 15-month route",
				"Trainee probation officer (PQiP): 21-month route");
		assertThat(section(page, "not-open"))
			.contains("It needs a qualification at Level 5 or higher; yours is at Level 3.");
		assertThat(page).contains("We last checked the rules behind these results on 23 November 2026.");
	}

	@Test
	void aGraduateWhoseDegreeCoveredThreeOfTheFourModulesSeesTheFifteenMonthRouteFirst() {
		List<String> open = routeNames(section(results(GRADUATE_WITH_MODULES), "open"));
		assertThat(open.get(0)).isEqualTo("Trainee probation officer (PQiP): 15-month route");
		assertThat(open).contains("Trainee probation officer (PQiP): 21-month route")
			.doesNotContain("Trainee probation officer (PQiP): route from a Level 3 qualification");
	}

	@Test
	void someoneWhoWantsToWorkInScotlandIsPointedToSocialWorkNotPqip() {
		String page = results(A_LEVELS.replace("england-wales", "scotland"));
		assertThat(routeNames(section(page, "open"))).containsExactly("Qualify as a social worker (Scotland)");
		assertThat(section(page, "open")).doesNotContain("PQiP");
		assertThat(routeNames(section(page, "elsewhere"))).contains("Trainee probation officer (PQiP): 15-month route");
	}

	@Test
	void someoneWhoWantsToWorkInNorthernIrelandIsPointedToSocialWorkAndPbni() {
		String open = section(results(A_LEVELS.replace("england-wales", "northern-ireland")), "open");
		assertThat(routeNames(open)).containsExactly("Qualify as a social worker (Northern Ireland)");
		assertThat(open).contains("Probation Board for Northern Ireland (PBNI)");
	}

	@Test
	void someoneWhoHasNotLivedInTheUkForTheLastThreeYearsIsToldSoAndWhatElseIsOpen() {
		String page = results(GRADUATE_WITH_MODULES.replace("uk-residence=yes", "uk-residence=no"));
		assertThat(routeNames(section(page, "open"))).contains("Apply directly as a probation service officer")
			.noneMatch((name) -> name.contains("PQiP"));
		assertThat(section(page, "not-open"))
			.contains("It needs you to have lived in the UK for the last 3 years, for security vetting.")
			.contains("Having lived in the UK for 3 years in a row.");
	}

	@Test
	void probationStaffAreSentToTheInternalCampaignWithItsServiceShownAsDatedGuidanceNotARule() {
		String staff = A_LEVELS.replace("employer=neither", "employer=probation&months=4");
		String page = results(staff);
		assertThat(section(page, "not-open"))
			.contains("It is the public campaign, for people who do not already work for the Probation Service")
			.doesNotContain("It needs 6 months\u2019 service");
		String open = section(page, "open");
		assertThat(routeNames(open))
			.contains("Internal PQiP campaign for Probation Service and Ministry of Justice staff");
		assertThat(open).contains("Guidance, not a fixed rule", "6 months&#39; effective service",
				"As at 25 May 2022.");
	}

	@Test
	void theResidentialWorkerRouteIsNotOpenToSomeoneUnder18OrWithoutCivilServiceNationality() {
		String residentialWorker = "Apply directly as an approved premises residential worker";
		assertThat(routeNames(section(results(A_LEVELS), "open"))).contains(residentialWorker);
		String under18 = results(A_LEVELS.replace("adult=yes", "adult=no"));
		assertThat(routeNames(section(under18, "open"))).doesNotContain(residentialWorker);
		assertThat(routeNames(section(under18, "not-open"))).contains(residentialWorker);
		assertThat(section(under18, "not-open")).contains("You must be 18 or over.");
		String noNationality = results(A_LEVELS.replace("nationality=yes", "nationality=no"));
		assertThat(routeNames(section(noNationality, "open"))).doesNotContain(residentialWorker);
		assertThat(routeNames(section(noNationality, "not-open"))).contains(residentialWorker);
		assertThat(section(noNationality, "not-open"))
			.contains("It needs you to meet the Civil Service nationality rules.");
	}

	@Test
	void changingARoutesMinimumQualificationInTheDatabaseChangesTheResult() {
		assertThat(routeNames(section(results(A_LEVELS), "open")))
			.contains("Trainee probation officer (PQiP): route from a Level 3 qualification");
		changeRoute("update entry_route set min_qualification_level = 4 where code = 'pqip-non-graduate'");
		String page = results(A_LEVELS);
		assertThat(routeNames(section(page, "open")))
			.doesNotContain("Trainee probation officer (PQiP): route from a Level 3 qualification");
		assertThat(section(page, "not-open"))
			.contains("It needs a qualification at Level 4 or higher; yours is at Level 3.");
	}

	@Test
	void theQuestionsLeadOneAtATimeToCheckYourAnswersAndTheResults() {
		String address = "/route-finder/nation";
		String[][] answers = { { "nation", "england-wales" }, { "qualification", "degree" },
				{ "modules", "crime&modules=penal-policy&modules=rehabilitation" }, { "experience", "yes" },
				{ "employer", "moj" }, { "months", "12" }, { "uk-residence", "yes" }, { "nationality", "yes" },
				{ "adult", "yes" }, { "part-time", "yes" } };
		String carried = "";
		for (String[] answer : answers) {
			assertThat(address).startsWith("/route-finder/" + answer[0]);
			HttpResponse<String> question = this.pages.get(address);
			assertThat(question.statusCode()).as(address).isEqualTo(200);
			assertThat(question.body()).contains("name=\"" + answer[0] + "\"", "govuk-back-link");
			carried += (carried.isEmpty() ? "" : "&") + answer[0] + "=" + answer[1];
			HttpResponse<String> next = this.pages.get("/route-finder/" + answer[0] + "/next?" + carried);
			assertThat(next.statusCode()).as(carried).isEqualTo(302);
			address = location(next);
		}
		assertThat(address).startsWith("/route-finder/check?");
		HttpResponse<String> check = this.pages.get(address);
		assertThat(check.body()).contains("Check your answers", "12 months",
				"href=\"/route-finder/results?nation=england-wales");
		HttpResponse<String> results = this.pages.get(address.replace("/check?", "/results?"));
		assertThat(results.statusCode()).isEqualTo(200);
		assertThat(section(results.body(), "open")).contains("We have not found part-time training on this route")
			.contains("Internal PQiP campaign");
	}

	@Test
	void theModulesQuestionIsOnlyAskedWhenARouteTheAnswersCouldReachAsksForModules() {
		HttpResponse<String> afterLevel3 = this.pages
			.get("/route-finder/qualification/next?nation=england-wales&qualification=level-3");
		assertThat(location(afterLevel3)).startsWith("/route-finder/experience?");
		HttpResponse<String> afterDegree = this.pages
			.get("/route-finder/qualification/next?nation=england-wales&qualification=degree");
		assertThat(location(afterDegree)).startsWith("/route-finder/modules?");
		HttpResponse<String> scotland = this.pages
			.get("/route-finder/qualification/next?nation=scotland&qualification=degree");
		assertThat(location(scotland)).startsWith("/route-finder/experience?");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					/route-finder/nation/next                                   | nation       | Select where you want to work
					/route-finder/nation/next?nation=mars                       | nation       | Select where you want to work
					/route-finder/qualification/next?nation=scotland            | qualification | Select your highest qualification
					/route-finder/months/next?nation=scotland&months=six         | months       | Enter the number of months as a whole number, like 6
					/route-finder/months/next?nation=scotland&months=99999       | months       | Enter the number of months as a whole number, like 6
					/route-finder/months/next?nation=scotland&months=601         | months       | Enter a number of months of 600 or fewer
					/route-finder/modules/next?nation=england-wales&modules=none&modules=crime | modules | not both
					/route-finder/experience?nation=england-wales&qualification=phd | qualification | Select your highest qualification
					/route-finder/results?nation=england-wales                  | qualification | Select your highest qualification
					/route-finder/results?nation=england-wales&qualification=level-3&experience=maybe | experience | Select yes if you have this experience
					/route-finder/check?nation=england-wales&adult=%3Cscript%3E  | adult        | Select yes if you are 18 or over
					""")
	void aMissingOrWrongAnswerBringsBackItsQuestionWithAnErrorAndA400(String address, String param, String message) {
		HttpResponse<String> response = this.pages.get(address);
		assertThat(response.statusCode()).as(address).isEqualTo(400);
		assertThat(response.body()).as(address)
			.contains("There is a problem", "govuk-error-summary", message, "name=\"" + param + "\"")
			.contains("<title>Error: ")
			.doesNotContain("<script>", "Exception", "??");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					/route-finder/nation/next                                            | nation  | nation-england-wales   | Select where you want to work
					/route-finder/modules/next?nation=england-wales&qualification=degree | modules | modules-justice-system | Select the topics your studies covered
					/route-finder/months/next?nation=scotland&months=six                 | months  | months                 | Enter the number of months as a whole number
					""")
	void aQuestionsErrorIsWrittenByTheSharedFormFragmentsLinkingToTheFirstInputWithAHiddenErrorPrefix(String address,
			String param, String firstInput, String message) {
		String page = this.pages.get(address).body();
		assertThat(page).as(address)
			.contains("<a href=\"#" + firstInput + "\">" + message, "id=\"" + firstInput + "\"",
					"class=\"govuk-form-group govuk-form-group--error\"",
					"aria-describedby=\"" + param + "-hint " + param + "-error\"")
			.containsPattern(Pattern.quote("<p class=\"govuk-error-message\" id=\"" + param + "-error\">")
					+ "\\s*<span class=\"govuk-visually-hidden\">Error:</span>\\s*" + Pattern.quote(message));
	}

	@Test
	void anUnknownQuestionIsNotFound() {
		assertThat(this.pages.get("/route-finder/favourite-colour").statusCode()).isEqualTo(404);
	}

	@Test
	void theStartPageAndEveryRouteRenderCleanly() {
		assertThat(this.pages.get("/route-finder").body()).contains("Start now", "href=\"/route-finder/nation\"");
		HttpResponse<String> list = this.pages.get("/routes");
		assertThat(list.statusCode()).isEqualTo(200);
		Matcher links = Pattern.compile("href=\"(/routes/[a-z0-9-]+)\"").matcher(list.body());
		int count = 0;
		while (links.find()) {
			HttpResponse<String> route = this.pages.get(links.group(1));
			assertThat(route.statusCode()).as(links.group(1)).isEqualTo(200);
			assertThat(route.body()).as(links.group(1)).contains("Can I apply now?").doesNotContain("??");
			count++;
		}
		assertThat(count).isGreaterThanOrEqualTo(8);
		assertThat(this.pages.get("/routes/no-such-route").statusCode()).isEqualTo(404);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private void changeRoute(String sql) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update(sql);
			this.events.publishEvent(new CatalogueChanged("entry-routes", null));
		});
	}

	private String results(String query) {
		HttpResponse<String> response = this.pages.get("/route-finder/results?" + query);
		assertThat(response.statusCode()).as(query).isEqualTo(200);
		return response.body();
	}

	/**
	 * The part of the results page under the heading with this id, up to the next
	 * second-level heading.
	 */
	static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		if (start < 0) {
			return "";
		}
		int end = page.indexOf("<h2", start);
		return page.substring(start, (end < 0) ? page.length() : end);
	}

	static List<String> routeNames(String section) {
		Matcher names = Pattern
			.compile("<h3 class=\"govuk-heading-m\">\\s*<a class=\"govuk-link\" href=\"/routes/[^\"]+\">([^<]+)</a>")
			.matcher(section);
		List<String> found = new ArrayList<>();
		while (names.find()) {
			found.add(names.group(1).replace("&#39;", "'"));
		}
		if (found.isEmpty()) {
			Matcher links = Pattern.compile("<li><a class=\"govuk-link\" href=\"/routes/[^\"]+\">([^<]+)</a></li>")
				.matcher(section);
			while (links.find()) {
				found.add(links.group(1));
			}
		}
		return found;
	}

}
