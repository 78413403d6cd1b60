package uk.probationcareers.api;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.probationcareers.support.RunningSiteTest;
import uk.probationcareers.system.PublishedPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The open data API over real HTTP against the seeded catalogue: its envelope, caching,
 * CORS, errors as problem details, and that it is read-only and sets no cookie.
 */
class OpenDataApiTest extends RunningSiteTest {

	static final List<String> ADDRESSES = ApiRequests.ADDRESSES;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	PublishedPageCache pageCache;

	ApiRequests api;

	@BeforeEach
	void api() {
		this.api = new ApiRequests(this.port);
	}

	@ParameterizedTest
	@FieldSource("ADDRESSES")
	void everyAddressAnswersJsonInTheEnvelopeWithItsLicenceAndCheckedDate(String path) {
		HttpResponse<String> response = this.api.get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		JsonNode body = ApiRequests.JSON.readTree(response.body());
		assertThat(body.get("licence").get("name").asString()).isEqualTo("Open Government Licence v3.0");
		assertThat(body.get("licence").get("url").asString())
			.isEqualTo("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
		assertThat(LocalDate.parse(body.get("checkedOn").asString())).isAfterOrEqualTo(LocalDate.of(2026, 11, 20));
		assertThat(body.get("data").isEmpty()).isFalse();
	}

	@ParameterizedTest
	@FieldSource("ADDRESSES")
	void checkedOnIsTheNewestDateAnyFactInTheAnswerWasChecked(String path) {
		JsonNode body = this.api.json(path);
		List<LocalDate> checked = new ArrayList<>();
		collect(body.get("data"), Set.of("dateChecked", "lastReviewed", "rulesChecked", "fromLastReviewed"), checked);
		if (path.endsWith("/changes")) {
			body.get("data").forEach((change) -> checked.add(LocalDate.parse(change.get("date").asString())));
		}
		assertThat(checked).isNotEmpty();
		assertThat(LocalDate.parse(body.get("checkedOn").asString()))
			.isEqualTo(checked.stream().max(LocalDate::compareTo).orElseThrow());
	}

	@Test
	void aRouteAndThePayBandsAreDatedByTheirNewestCheck() {
		assertThat(this.api.json("/api/v1/routes/pqip-15-month").get("checkedOn").asString()).isEqualTo("2026-11-23");
		assertThat(this.api.json("/api/v1/pay-bands").get("checkedOn").asString()).isEqualTo("2026-12-04");
	}

	@ParameterizedTest
	@FieldSource("ADDRESSES")
	void aClientHoldingTheETagGets304WithTheSameCachingHeaders(String path) {
		HttpResponse<String> first = this.api.get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		HttpResponse<String> again = this.api.get(path, Map.of("If-None-Match", etag));
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
		assertThat(again.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(this.api.get(path, Map.of("If-None-Match", "W/\"other\"")).statusCode()).isEqualTo(200);
	}

	@Test
	void gzippedAnswersAreTheSameDataUnderTheSameETag() {
		HttpResponse<String> plain = this.api.get("/api/v1/routes");
		HttpResponse<String> gzipped = this.api.get("/api/v1/routes", Map.of("Accept-Encoding", "gzip"));
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@ParameterizedTest
	@FieldSource("ADDRESSES")
	void pagesOnAnyOtherSiteMayReadEveryAddress(String path) {
		HttpResponse<String> response = this.api.get(path, Map.of("Origin", "https://careers.example.org"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(response.headers().firstValue("Access-Control-Expose-Headers"))
			.hasValueSatisfying((exposed) -> assertThat(exposed).containsIgnoringCase("ETag"));
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void aBrowsersPreflightForAGetIsAllowedAndForAnythingElseRefused() {
		HttpResponse<String> get = this.api.send("OPTIONS", "/api/v1/roles",
				Map.of("Origin", "https://careers.example.org", "Access-Control-Request-Method", "GET",
						"Access-Control-Request-Headers", "if-none-match"));
		assertThat(get.statusCode()).isEqualTo(200);
		assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(get.headers().firstValue("Access-Control-Allow-Methods"))
			.hasValueSatisfying((methods) -> assertThat(methods).contains("GET").doesNotContain("POST", "DELETE"));
		HttpResponse<String> delete = this.api.send("OPTIONS", "/api/v1/roles",
				Map.of("Origin", "https://careers.example.org", "Access-Control-Request-Method", "DELETE"));
		assertThat(delete.statusCode()).isEqualTo(403);
		assertThat(delete.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/roles/no-such-role", "/api/v1/routes/no-such-route", "/api/v1/nothing",
			"/api/v1/roles/probation-officer/skills", "/api/v2/roles", "/api/v1/",
			"/api/v1/roles/%3Cscript%3Ealert(1)" })
	void anythingNotPublishedAnswers404AsProblemDetails(String path) {
		HttpResponse<String> response = this.api.get(path);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiRequests.JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(404);
		assertThat(problem.get("title").asString()).isEqualTo("Not found");
		assertThat(problem.get("detail").asString()).isNotBlank();
		assertThat(problem.get("instance").asString()).isEqualTo(path);
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aBrowserAskingForHtmlStillGetsProblemDetails() {
		HttpResponse<String> response = this.api.get("/api/v1/roles/no-such-role",
				Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("No published role has the slug no-such-role.");
	}

	@ParameterizedTest
	@FieldSource("ADDRESSES")
	void noAddressSetsACookie(String path) {
		assertThat(this.api.get(path).headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.api.send("HEAD", path, Map.of()).headers().allValues("Set-Cookie")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
	void theApiIsReadOnly(String method) {
		HttpResponse<String> response = this.api.send(method, "/api/v1/roles/probation-officer", Map.of());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aWithdrawnRoleAnswers410WithTheReasonAndWhereToLookInstead() {
		this.jdbc.update("update role_edition set withdrawal_reason = 'Merged into another role.', "
				+ "onward_slugs = 'probation-officer' where id = (select live_edition_id from role where slug = ?)",
				"senior-probation-officer");
		this.jdbc.update("update role set withdrawn_at = current_timestamp where slug = ?", "senior-probation-officer");
		try {
			emptyCaches();
			HttpResponse<String> response = this.api.get("/api/v1/roles/senior-probation-officer");
			assertThat(response.statusCode()).isEqualTo(410);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			JsonNode problem = ApiRequests.JSON.readTree(response.body());
			assertThat(problem.get("title").asString()).isEqualTo("Withdrawn");
			assertThat(problem.get("reason").asString()).isEqualTo("Merged into another role.");
			assertThat(problem.get("onward").get(0).get("href").asString())
				.isEqualTo("/api/v1/roles/probation-officer");
			assertThat(this.api.json("/api/v1/roles").get("data").findValuesAsString("slug"))
				.doesNotContain("senior-probation-officer");
		}
		finally {
			this.jdbc.update("update role set withdrawn_at = null where slug = ?", "senior-probation-officer");
			emptyCaches();
		}
	}

	@Test
	void aChangedCatalogueGetsANewETagOnTheNextRequest() {
		String before = this.api.get("/api/v1/pay-bands").headers().firstValue("ETag").orElseThrow();
		String note = this.jdbc.queryForObject("select note from pay_band where code = 'probation-band-3'",
				String.class);
		this.jdbc.update("update pay_band set note = 'Checked again.' where code = 'probation-band-3'");
		try {
			emptyCaches();
			HttpResponse<String> after = this.api.get("/api/v1/pay-bands", Map.of("If-None-Match", before));
			assertThat(after.statusCode()).isEqualTo(200);
			assertThat(after.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(before));
			assertThat(after.body()).contains("Checked again.");
		}
		finally {
			this.jdbc.update("update pay_band set note = ? where code = 'probation-band-3'", note);
			emptyCaches();
		}
	}

	private void emptyCaches() {
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		this.pageCache.clear();
	}

	private static void collect(JsonNode node, Set<String> names, List<LocalDate> dates) {
		if (node.isObject()) {
			for (var field : node.properties()) {
				if (names.contains(field.getKey()) && field.getValue().isString()) {
					dates.add(LocalDate.parse(field.getValue().asString()));
				}
				collect(field.getValue(), names, dates);
			}
		}
		else if (node.isArray()) {
			node.forEach((item) -> collect(item, names, dates));
		}
	}

}
