package uk.probationcareers.api;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description lists every address of the API and nothing else, and the
 * reference page at {@code /api} lists every address the description does.
 */
class OpenApiDescriptionTest extends RunningSiteTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theDescriptionListsEveryApiAddressAndNoOther() {
		JsonNode description = new ApiRequests(this.port).json("/api/v1/openapi.json");
		assertThat(description.get("openapi").asString()).startsWith("3.");
		assertThat(description.get("info").get("license").get("name").asString())
			.isEqualTo("Open Government Licence v3.0");
		assertThat(description.get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(apiAddresses())
			.hasSize(9);
	}

	@Test
	void everyAddressDescribesItsAnswerAndTheOnesWithAKeyTheir404() {
		JsonNode paths = new ApiRequests(this.port).json("/api/v1/openapi.json").get("paths");
		for (String path : apiAddresses()) {
			JsonNode responses = paths.get(path).get("get").get("responses");
			assertThat(responses.has("200")).as(path).isTrue();
			assertThat(responses.has("404")).as(path).isEqualTo(path.contains("{"));
		}
		assertThat(paths.get("/api/v1/roles/{slug}")
			.get("get")
			.get("responses")
			.get("404")
			.get("content")
			.has("application/problem+json")).isTrue();
		JsonNode search = paths.get("/api/v1/search").get("get");
		assertThat(search.get("responses").get("400").get("content").has("application/problem+json")).isTrue();
		assertThat(search.get("parameters").get(0).get("name").asString()).isEqualTo("q");
		assertThat(search.get("parameters").get(0).get("in").asString()).isEqualTo("query");
	}

	@Test
	void theReferencePageListsEveryAddressOfTheDescriptionWithAnExample() {
		HttpResponse<String> page = this.pages.get("/api");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("??");
		for (String path : apiAddresses()) {
			assertThat(page.body()).contains("<code>GET " + path + "</code>");
		}
		assertThat(page.body()).contains("href=\"/api/v1/openapi.json\"", "href=\"/api/v1/roles/",
				"&quot;licence&quot;", "&quot;checkedOn&quot;", "Open Government Licence v3.0");
	}

	@Test
	void everyPublicPageLinksToTheReferenceFromItsFooter() {
		assertThat(this.pages.get("/").body())
			.contains("<a class=\"govuk-footer__link\" href=\"/api\">Open data API</a>");
	}

	@Test
	void thereIsNoSwaggerUiAndTheContentSecurityPolicyStaysStrict() {
		assertThat(this.pages.get("/swagger-ui.html").statusCode()).isEqualTo(404);
		assertThat(this.pages.get("/swagger-ui/index.html").statusCode()).isEqualTo(404);
		assertThat(this.pages.get("/api").headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self';", "style-src 'self';").doesNotContain("unsafe"));
	}

	private Set<String> apiAddresses() {
		Set<String> addresses = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType().getPackageName().equals(OpenDataController.class.getPackageName())) {
				mapping.getPatternValues()
					.stream()
					.filter((pattern) -> pattern.startsWith("/api/v1/"))
					.forEach(addresses::add);
			}
		});
		return addresses;
	}

}
