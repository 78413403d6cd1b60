package uk.probationcareers.system;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleSummary;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesTest extends RunningSiteTest {

	static final List<String> REQUIRED_ROLES = List.of("probation-service-officer", "trainee-probation-officer",
			"probation-officer", "senior-probation-officer", "prison-officer", "youth-justice-worker",
			"justice-social-worker-scotland", "probation-officer-northern-ireland",
			"approved-premises-residential-worker");

	@Autowired
	RoleCatalogue catalogue;

	static Stream<String> fixedPages() {
		return Stream.of("/", "/roles", "/pay", "/career-paths", "/career-paths?stage=ENTRY", "/accessibility",
				"/cookies", "/privacy", "/api");
	}

	@ParameterizedTest
	@MethodSource("fixedPages")
	void everyFixedPageRendersWithEveryMessageResolved(String path) {
		assertRendersCleanly(path);
	}

	@ParameterizedTest
	@MethodSource("fixedPages")
	void everyFixedPageAsksWhetherItWasUsefulWithoutACookieOrCsrfToken(String path) {
		HttpResponse<String> response = this.pages.get(path);
		String page = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
		assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
		assertThat(response.body()).as(path)
			.contains("Is this page useful?", "action=\"/feedback/useful\"", "name=\"page\" value=\"" + page + "\"",
					"Report a problem with this page")
			.doesNotContain("_csrf");
	}

	@Test
	void everyPublishedRoleHasAPageThatRendersCleanly() {
		List<RoleSummary> roles = this.catalogue.publishedRoles();
		assertThat(roles).extracting(RoleSummary::slug).containsAll(REQUIRED_ROLES);
		for (RoleSummary role : roles) {
			HttpResponse<String> response = assertRendersCleanly("/roles/" + role.slug());
			assertThat(response.body()).contains("<h1 class=\"govuk-heading-xl\">" + role.title() + "</h1>");
		}
	}

	@Test
	void everyProfileAnswersPayHoursAndWhereAtAGlanceBeforeItsContentsAndAsItsFullSectionsDo() {
		for (RoleSummary role : this.catalogue.publishedRoles()) {
			String body = withoutChangeNotes(this.pages.get("/roles/" + role.slug()).body());
			assertThat(body).as(role.slug())
				.containsSubsequence("id=\"key-facts\"", "id=\"key-pay\"", "id=\"key-hours\"", "id=\"key-way-in\"",
						"id=\"key-nations\"", "app-contents-list", "id=\"pay\"");
			String keyFacts = body.substring(body.indexOf("id=\"key-facts\""), body.indexOf("app-contents-list"));
			String fullPay = body.substring(body.indexOf("id=\"pay\""));
			Matcher figure = Pattern.compile("\u00a3[0-9,]+").matcher(keyFacts);
			while (figure.find()) {
				assertThat(fullPay).as(role.slug() + ": the figure at a glance is the one in the pay section")
					.contains(figure.group());
			}
		}
		String probationOfficer = this.pages.get("/roles/probation-officer").body();
		assertThat(probationOfficer.substring(probationOfficer.indexOf("id=\"key-facts\""),
				probationOfficer.indexOf("app-contents-list")))
			.contains("\u00a335,130", "37 hours a week", "href=\"/routes/pqip-15-month\"", "15 months",
					"Professional Qualification in Probation", "England");
	}

	@Test
	void theRoleListGroupsRolesByWhereTheWorkIsDone() {
		String body = this.pages.get("/roles").body();
		assertThat(body).containsSubsequence("Probation Service (England and Wales)", "Probation service officer",
				"Scotland", "Northern Ireland", "Related careers", "Prison officer");
		assertThat(body).contains("href=\"/roles/probation-officer\"");
	}

	@Test
	void theProbationOfficerProfileShowsEverySectionWithDatedSourcedPay() {
		String body = this.pages.get("/roles/probation-officer").body();
		assertThat(body).contains("id=\"pay\"", "id=\"hours\"", "id=\"duties\"", "id=\"environment\"", "id=\"skills\"",
				"id=\"requirements\"", "id=\"routes\"", "id=\"career-path\"", "id=\"sources\"");
		assertThat(body).contains("Band 4", "Rehabilitation of Offenders Act", "Last reviewed");
		assertThat(body).contains("href=\"/roles/trainee-probation-officer\"",
				"href=\"/roles/senior-probation-officer\"", "href=\"/pay\"");
	}

	@Test
	void theProbationOfficerPayIsAStartingSalaryWithNoTopOfBandAndSaysWhereItCameFrom() {
		String body = withoutChangeNotes(this.pages.get("/roles/probation-officer").body());
		assertThat(body).contains("From \u00a335,130 a year. We have not found a published top of the band.",
				"2024/25 rates, 2025/26 award not settled", "Not from an official pay scale: reported by",
				"probationmatters.blogspot.com");
		assertThat(body).doesNotContain("\u00a328,000", "Agreed for");
	}

	@Test
	void theProbationServiceOfficerPayIsTheBand3RangeFromAnEarlierPayYearWithItsSource() {
		String body = withoutChangeNotes(this.pages.get("/roles/probation-service-officer").body());
		assertThat(body).contains("\u00a326,475 to \u00a331,650 a year", "2024/25 rates, 2025/26 award not settled",
				"These are the 2024/25 rates. When we last checked, the 2025/26 pay award had not been settled,",
				"From the employer\u2019s own job adverts, not from a published pay scale.", "37 hours a week");
		assertThat(body).doesNotContain("37 to 39", "\u00a324,000 to", "Agreed for");
		assertThat(body).contains("href=\"/roles/approved-premises-residential-worker\"");
	}

	@Test
	void theTraineePayIsNeverCalledAgreedForTheYearWhoseAwardIsPending() {
		String body = this.pages.get("/roles/trainee-probation-officer").body();
		assertThat(body).contains("\u00a326,475 a year", "\u00a34,249", "2024/25 rates, 2025/26 award not settled",
				"lived in the UK for the last 3 years", "27 months", "up to 30 months",
				"Civil Service nationality rules", "UK ENIC", "September and March");
		assertThat(body).doesNotContain("Agreed", "at least 3 years", "Up to 27 months");
	}

	@Test
	void theApprovedPremisesResidentialWorkerIsABand3ShiftJobOfItsOwn() {
		String body = this.pages.get("/roles/approved-premises-residential-worker").body();
		assertThat(body).contains("Band 3", "12-hour shifts", "waking nights", "premium",
				"href=\"/roles/probation-service-officer\"");
		assertThat(this.pages.get("/roles").body()).containsSubsequence("Probation Service (England and Wales)",
				"Approved premises residential worker", "Scotland");
	}

	@Test
	void thePrisonOfficerProfileGivesItsStartingPayWithThePayYearAndTheWeeklyHours() {
		String body = withoutChangeNotes(this.pages.get("/roles/prison-officer").body());
		assertThat(body).contains("\u00a333,746", "Agreed for 2025/26", "37 to 41 hours a week",
				"href=\"https://prisonandprobationjobs.gov.uk/prison-officer/benefits-and-training/\"");
		assertThat(body).doesNotContain("We do not hold a pay figure for this role.");
	}

	@Test
	void aRolePaidDifferentlyByEachCouncilSaysSoAndWhereTheAdvertsAre() {
		String body = this.pages.get("/roles/justice-social-worker-scotland").body();
		assertThat(body).contains("No figure held", "32 councils",
				"href=\"https://www.myjobscotland.gov.uk/post-job-us\"");
		assertThat(body).doesNotContain("\u00a3");
	}

	@Test
	void theHomePageStartsTheRouteFinderAndLinksToCompareAndPayAboveTheRoleList() {
		String body = this.pages.get("/").body();
		assertThat(body).containsSubsequence("govuk-button--start", "href=\"/compare\"", "href=\"/pay\"",
				"href=\"/roles/probation-service-officer\"");
		assertThat(body).contains("href=\"/route-finder\" role=\"button\"");
	}

	@Test
	void aBandWithNoFigureHeldSaysSoAndWhereToLook() {
		String body = this.pages.get("/roles/senior-probation-officer").body();
		assertThat(body).contains("No figure held", "We do not hold a figure for this band.", "Justice Jobs");
		assertThat(body).doesNotContain("\u00a3");
	}

	@Test
	void anUnknownRoleGetsTheNotFoundPageWithStatus404() {
		HttpResponse<String> response = this.pages.get("/roles/astronaut");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("Whitelabel");
	}

	@Test
	void anUnknownAddressGetsTheNotFoundPageWithStatus404() {
		HttpResponse<String> response = this.pages.get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "govuk-template");
	}

	@Test
	void pagesAreSentCompressedToBrowsersThatAcceptGzip() {
		HttpResponse<byte[]> response = this.pages.getBytes("/roles/probation-officer",
				Map.of("Accept-Encoding", "gzip"));
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void pagesMayBeCachedButAreRevalidatedWithAnEtag() {
		HttpResponse<String> first = this.pages.get("/roles/probation-officer");
		assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(
				(value) -> assertThat(value).contains("max-age=60", "public").doesNotContain("no-store"));
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = this.pages.get("/roles/probation-officer", Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void pagesLinkTheirStylesAndScriptsUnderAContentHashPathThatMayBeKeptForAYear() {
		String body = this.pages.get("/roles").body();
		Matcher stylesheet = Pattern.compile("href=\"(/assets/v-[0-9a-f]{12}/application\\.css)\"").matcher(body);
		assertThat(stylesheet.find()).as("a versioned stylesheet link in " + body).isTrue();
		assertThat(body).containsPattern("src=\"/assets/v-[0-9a-f]{12}/init\\.js\"");
		HttpResponse<String> css = this.pages.get(stylesheet.group(1));
		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("max-age=31536000", "public", "immutable"));
		assertThat(this.pages.get("/assets/v-000000000000/application.css").statusCode()).isEqualTo(404);
	}

	@Test
	void theStylesheetAndScriptsAreServedFromTheJar() {
		assertThat(this.pages.get("/assets/application.css").statusCode()).isEqualTo(200);
		assertThat(this.pages.get("/assets/init.js").statusCode()).isEqualTo(200);
		assertThat(this.pages.get("/assets/govuk-frontend.min.js").statusCode()).isEqualTo(200);
		assertThat(this.pages.getBytes("/favicon.ico", Map.of()).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> assertRendersCleanly(String path) {
		HttpResponse<String> response = this.pages.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).as(path)
			.contains("<html lang=\"en\"", "Probation Careers Guide", "id=\"main-content\"")
			.doesNotContain("??", "Whitelabel", "Exception");
		return response;
	}

	/**
	 * The page without its list of change notes, which may quote the figures a correction
	 * replaced.
	 */
	static String withoutChangeNotes(String body) {
		int notes = body.indexOf("id=\"changes\"");
		assertThat(notes).as("the change notes section").isPositive();
		return body.substring(0, notes);
	}

}
