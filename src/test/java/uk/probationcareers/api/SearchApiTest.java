package uk.probationcareers.api;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import uk.probationcareers.search.SearchResults;
import uk.probationcareers.search.SiteSearch;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/v1/search}: the site search's results as data, in the API's envelope, each
 * linked to its page and its address in the API; nothing to search for answers 400 as
 * problem details.
 */
class SearchApiTest extends RunningSiteTest {

	@Autowired
	SiteSearch search;

	@Test
	void theResultsAreTheSiteSearchsRankedWithTheirPagesAndApiAddresses() {
		JsonNode body = new ApiRequests(this.port).json("/api/v1/search?q=offender%20manager");
		assertThat(body.get("licence").get("name").asString()).isEqualTo("Open Government Licence v3.0");
		JsonNode data = body.get("data");
		assertThat(data.get("query").asString()).isEqualTo("offender manager");
		assertThat(data.get("cut").asBoolean()).isFalse();
		JsonNode first = data.get("results").get(0);
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("kind").asString()).isEqualTo("role");
		assertThat(first.get("title").asString()).isEqualTo("Probation officer");
		assertThat(first.get("page").asString()).isEqualTo("/roles/probation-officer");
		assertThat(first.get("href").asString()).isEqualTo("/api/v1/roles/probation-officer");
		assertThat(first.get("snippet").asString()).isNotBlank().doesNotContain("<mark", "</");

		SearchResults site = this.search.search("offender manager");
		assertThat(data.get("results").size()).isEqualTo(site.hits().size());
		for (int i = 0; i < site.hits().size(); i++) {
			JsonNode result = data.get("results").get(i);
			assertThat(result.get("rank").asInt()).isEqualTo(i + 1);
			assertThat(result.get("page").asString()).isEqualTo(site.hits().get(i).url());
		}
	}

	@Test
	void everyKindOfResultLinksToItsAddressInTheApi() {
		ApiRequests api = new ApiRequests(this.port);
		JsonNode route = api.json("/api/v1/search?q=PQiP").get("data").get("results");
		assertThat(route.findValuesAsString("href")).contains("/api/v1/routes/pqip-15-month");
		JsonNode results = api.json("/api/v1/search?q=band%203").get("data").get("results");
		for (JsonNode result : results) {
			if (result.get("kind").asString().equals("pay-band")) {
				assertThat(result.get("href").asString()).isEqualTo("/api/v1/pay-bands");
				assertThat(result.get("page").asString()).startsWith("/pay#band-");
			}
		}
		assertThat(results.findValuesAsString("kind")).contains("pay-band");
	}

	@Test
	void aQueryIsCutAtTheSameLengthAsOnTheSearchPage() {
		String typed = "probation ".repeat(30);
		JsonNode data = new ApiRequests(this.port).json("/api/v1/search?q=" + typed.replace(" ", "%20")).get("data");
		assertThat(data.get("cut").asBoolean()).isTrue();
		assertThat(data.get("query").asString()).isEqualTo(this.search.search(typed).query());
		assertThat(data.get("query").asString().length()).isLessThanOrEqualTo(SearchResults.LONGEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/search", "/api/v1/search?q=", "/api/v1/search?q=%20%20%09" })
	void nothingToSearchForAnswers400AsProblemDetails(String path) {
		HttpResponse<String> response = new ApiRequests(this.port).get(path);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		JsonNode problem = ApiRequests.JSON.readTree(response.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isEqualTo("Nothing to search for");
	}

	@Test
	void theReferencePageShowsTheSearchWithAnExample() {
		String page = this.pages.get("/api").body();
		assertThat(page).contains("<code>GET /api/v1/search</code>", "href=\"/api/v1/search?q=probation%20officer\"",
				"<code>q</code>", "&quot;rank&quot;", "&quot;snippet&quot;");
	}

}
