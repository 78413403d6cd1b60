package uk.probationcareers.feedback;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Is this page useful?" and "Report a problem with this page" as a reader without
 * JavaScript uses them: plain form posts, no session, no cookie, no CSRF token, refused
 * from other sites and over the limit, and every bad answer shown back with its error.
 */
class FeedbackFormsTest extends AdminSiteTest {

	static final String PAGE = "/roles/probation-officer";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FeedbackLimit limit;

	@Test
	void aPublicPageCarriesTheFeedbackBlockNamingItselfAndSetsNoCookieEvenWhenServedFromTheCache() {
		HttpResponse<String> first = this.pages.get("/routes");
		HttpResponse<String> cached = this.pages.get("/routes");
		for (HttpResponse<String> response : List.of(first, cached)) {
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
			assertThat(response.body())
				.contains("Is this page useful?", "action=\"/feedback/useful\"", "name=\"page\" value=\"/routes\"",
						"href=\"/feedback/problem?page=/routes\"", "Report a problem with this page")
				.doesNotContain("_csrf");
		}
	}

	@Test
	void theAdminAreaAndErrorPagesCarryNoFeedbackBlock() {
		assertThat(this.pages.get("/admin/sign-in").body()).doesNotContain("Is this page useful?");
		assertThat(this.pages.get("/no/such/page").body()).doesNotContain("Is this page useful?");
	}

	@Test
	void aYesIsKeptAndThanksTheReaderWithALinkBackToThePageWithoutSettingACookie() {
		HttpPages reader = this.pages.from(newAddress());
		long before = count(PAGE, "USEFUL");
		HttpResponse<String> posted = reader.post("/feedback/useful", form("page", PAGE, "useful", "yes"),
				Map.of("Sec-Fetch-Site", "same-origin"));
		assertThat(posted.statusCode()).isEqualTo(303);
		assertThat(posted.headers().firstValue("Set-Cookie")).isEmpty();
		String thanks = location(posted);
		assertThat(URLDecoder.decode(thanks, StandardCharsets.UTF_8)).startsWith("/feedback/thanks?page=" + PAGE);
		HttpResponse<String> page = reader.get(thanks);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(page.body()).contains("Thank you for your feedback", "href=\"" + PAGE + "\"");
		assertThat(count(PAGE, "USEFUL")).isEqualTo(before + 1);
	}

	@Test
	void aNoIsKeptAndTheThanksOfferTheProblemForm() {
		HttpPages reader = this.pages.from(newAddress());
		long before = count("/pay", "NOT_USEFUL");
		HttpResponse<String> posted = reader.post("/feedback/useful", form("page", "/pay", "useful", "no"));
		assertThat(posted.statusCode()).isEqualTo(303);
		assertThat(reader.get(location(posted)).body()).contains("tell us what was wrong with the page",
				"href=\"/feedback/problem?page=/pay\"");
		assertThat(count("/pay", "NOT_USEFUL")).isEqualTo(before + 1);
	}

	@Test
	void anAnswerOtherThanYesOrNoIsRefusedWith400() {
		HttpResponse<String> posted = this.pages.from(newAddress())
			.post("/feedback/useful", form("page", PAGE, "useful", "maybe"));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("govuk-template", "Sorry, we could not tell which page you meant");
	}

	@Test
	void aProblemReportIsKeptAsWrittenAndThanksTheReader() {
		HttpPages reader = this.pages.from(newAddress());
		HttpResponse<String> formPage = reader.get("/feedback/problem?page=" + PAGE);
		assertThat(formPage.statusCode()).isEqualTo(200);
		assertThat(formPage.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(formPage.body())
			.contains("What were you doing?", "What went wrong?", "Do not include personal details",
					"value=\"" + PAGE + "\"")
			.doesNotContain("_csrf", "Is this page useful?");

		HttpResponse<String> posted = reader.post("/feedback/problem",
				form("page", PAGE, "doing", "Looking at pay\r\nfor next year", "wentWrong", "The band is out of date"));
		assertThat(posted.statusCode()).isEqualTo(303);
		assertThat(reader.get(location(posted)).body()).contains("We will look at what you told us");
		assertThat(this.jdbc.queryForList(
				"SELECT doing FROM feedback_report WHERE kind = 'PROBLEM' AND went_wrong = 'The band is out of date'",
				String.class))
			.containsExactly("Looking at pay\nfor next year");
	}

	@Test
	void anEmptyProblemReportShowsTheErrorSummaryWith400() {
		HttpResponse<String> posted = this.pages.from(newAddress())
			.post("/feedback/problem", form("page", PAGE, "doing", "Reading", "wentWrong", "  "));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("<title>Error: Report a problem with this page", "There is a problem",
				"href=\"#wentWrong\"", "Enter what went wrong", ">Reading</textarea>");
	}

	@Test
	void hostileTextIsShownBackEscapedAndNeverAsMarkup() {
		String hostile = "<script>alert(1)</script>";
		HttpResponse<String> posted = this.pages.from(newAddress())
			.post("/feedback/problem", form("page", PAGE, "doing", hostile, "wentWrong", ""));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(hostile);
	}

	@Test
	void textOverTwelveHundredCharactersIsRefusedAndKeptInTheForm() {
		String longest = "a".repeat(1200);
		HttpPages reader = this.pages.from(newAddress());
		HttpResponse<String> tooLong = reader.post("/feedback/problem",
				form("page", PAGE, "doing", longest + "b", "wentWrong", "Too long"));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("What you were doing must be 1,200 characters or fewer",
				">" + longest + "b</textarea>");
		assertThat(reader.post("/feedback/problem", form("page", PAGE, "doing", longest, "wentWrong", "Just fits"))
			.statusCode()).isEqualTo(303);
	}

	@Test
	void controlCharactersAreRefused() {
		HttpResponse<String> posted = this.pages.from(newAddress())
			.post("/feedback/problem", form("page", PAGE, "doing", "", "wentWrong", "Bell\u0007 rings"));
		assertThat(posted.statusCode()).isEqualTo(400);
		assertThat(posted.body()).contains("What went wrong must not contain control characters");
	}

	@Test
	void aPageThatIsAFullAddressOrNotOnThisSiteIsRefusedWith400() {
		HttpPages reader = this.pages.from(newAddress());
		for (String page : List.of("https://evil.example/roles", "//evil.example/roles", "/roles/astronaut",
				"/no/such/page", "/admin/users", "/roles?x=1", "")) {
			HttpResponse<String> useful = reader.post("/feedback/useful", form("page", page, "useful", "yes"));
			assertThat(useful.statusCode()).as(page).isEqualTo(400);
			assertThat(useful.body()).as(page).contains("Sorry, we could not tell which page you meant");
			assertThat(reader.post("/feedback/problem", form("page", page, "wentWrong", "Broken")).statusCode())
				.as(page)
				.isEqualTo(400);
			assertThat(reader.get("/feedback/problem?page=" + page.replace("?", "%3F")).statusCode()).as(page)
				.isEqualTo(400);
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM feedback_report WHERE page_path NOT LIKE '/%' OR page_path LIKE '%evil%'",
				Integer.class))
			.isZero();
	}

	@Test
	void aPostFromAnotherSiteIsRefusedWith403() {
		HttpPages reader = this.pages.from(newAddress());
		long before = this.jdbc.queryForObject("SELECT COUNT(*) FROM feedback_report", Long.class);
		for (Map<String, String> headers : List.of(Map.of("Sec-Fetch-Site", "cross-site"),
				Map.of("Sec-Fetch-Site", "same-site"), Map.of("Origin", "https://evil.example"),
				Map.of("Origin", "null"), Map.of("Sec-Fetch-Site", "cross-site", "Origin", "http://localhost:8080"))) {
			HttpResponse<String> useful = reader.post("/feedback/useful", form("page", PAGE, "useful", "yes"), headers);
			assertThat(useful.statusCode()).as(headers.toString()).isEqualTo(403);
			assertThat(useful.body()).contains("govuk-template", "Sorry, we could not take your feedback");
			assertThat(
					reader.post("/feedback/problem", form("page", PAGE, "wentWrong", "Broken"), headers).statusCode())
				.as(headers.toString())
				.isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feedback_report", Long.class)).isEqualTo(before);
	}

	@Test
	void aPostFromThisSitesOwnPagesIsTaken() {
		HttpPages reader = this.pages.from(newAddress());
		assertThat(reader
			.post("/feedback/useful", form("page", PAGE, "useful", "yes"), Map.of("Origin", "http://localhost:8080"))
			.statusCode()).isEqualTo(303);
		assertThat(reader
			.post("/feedback/useful", form("page", PAGE, "useful", "yes"), Map.of("Sec-Fetch-Site", "same-origin"))
			.statusCode()).isEqualTo(303);
	}

	@Test
	void otherWritesToThePublicSiteAreStillRefused() {
		assertThat(this.pages.post("/feedback/thanks", form("page", PAGE)).statusCode()).isEqualTo(403);
		assertThat(this.pages.post("/roles/probation-officer", form("page", PAGE)).statusCode()).isEqualTo(403);
	}

	@Test
	void parallelPostsFromOneAddressGetNoFurtherThanTheLimitCountedInTheDatabase() throws Exception {
		String address = newAddress();
		int tries = this.limit.maxPosts() + 10;
		long before = count("/changes", "USEFUL");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> posts = new ArrayList<>();
			for (int i = 0; i < tries; i++) {
				posts.add(() -> new HttpPages(this.port).from(address)
					.post("/feedback/useful", form("page", "/changes", "useful", "yes"))
					.statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> status : pool.invokeAll(posts)) {
				statuses.add(status.get());
			}
			assertThat(statuses).filteredOn((status) -> status == 303).hasSize(this.limit.maxPosts());
			assertThat(statuses).filteredOn((status) -> status == 429).hasSize(10);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(count("/changes", "USEFUL")).isEqualTo(before + this.limit.maxPosts());
		HttpResponse<String> refused = new HttpPages(this.port).from(address)
			.post("/feedback/problem", form("page", "/changes", "wentWrong", "Broken"));
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).isPresent();
		assertThat(refused.body()).contains("govuk-template", "Sorry, you have sent too much feedback");
		assertThat(new HttpPages(this.port).from(newAddress())
			.post("/feedback/useful", form("page", "/changes", "useful", "yes"))
			.statusCode()).as("another address is not held back").isEqualTo(303);

		this.clock.moveForward(this.limit.window().plusSeconds(1));
		assertThat(new HttpPages(this.port).from(address)
			.post("/feedback/useful", form("page", "/changes", "useful", "yes"))
			.statusCode()).as("the window has passed").isEqualTo(303);
	}

	private long count(String page, String kind) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM feedback_report WHERE page_path = ? AND kind = ?",
				Long.class, page, kind);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	static String form(String... namesAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return HttpPages.encode(fields);
	}

}
