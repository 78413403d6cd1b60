package uk.probationcareers.api;

import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Every address of the API with a live example, for the reference page: the examples are
 * the real answers of today's catalogue, with each list cut to its first item, so they
 * can never fall out of step with the API.
 */
@Component
class ApiReference {

	static final String SEARCH_EXAMPLE = "probation officer";

	private final OpenData data;

	private final JsonMapper json;

	ApiReference(OpenData data, JsonMapper json) {
		this.data = data;
		this.json = json;
	}

	List<Endpoint> endpoints() {
		String slug = this.data.roles().data().stream().findFirst().map(RoleListing::slug).orElse("probation-officer");
		String code = this.data.routes().data().stream().findFirst().map(EntryRouteDetail::code).orElse("pso-direct");
		return List.of(endpoint("roles", "/roles", List.of(), "/roles", this.data.roles()),
				endpoint("role", "/roles/{slug}", List.of("slug"), "/roles/" + slug, this.data.role(slug).orElse(null)),
				endpoint("routes", "/routes", List.of(), "/routes", this.data.routes()),
				endpoint("route", "/routes/{code}", List.of("code"), "/routes/" + code,
						this.data.route(code).orElse(null)),
				endpoint("payBands", "/pay-bands", List.of(), "/pay-bands", this.data.payBands()),
				endpoint("payAwards", "/pay-awards", List.of(), "/pay-awards", this.data.payAwards()),
				endpoint("careerPaths", "/career-paths", List.of(), "/career-paths", this.data.careerPaths()),
				endpoint("changes", "/changes", List.of(), "/changes", this.data.changes()),
				endpoint("search", "/search", List.of("q"), "/search?q=" + SEARCH_EXAMPLE.replace(" ", "%20"),
						this.data.search(SEARCH_EXAMPLE)));
	}

	private Endpoint endpoint(String key, String path, List<String> parameters, String example, Object answer) {
		return new Endpoint(key, Links.BASE + path, parameters, Links.BASE + example, firstItems(answer));
	}

	private String firstItems(Object answer) {
		if (answer == null) {
			return null;
		}
		JsonNode tree = this.json.valueToTree(answer);
		cut(tree);
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
	}

	private static void cut(JsonNode node) {
		if (node instanceof ArrayNode array) {
			while (array.size() > 1) {
				array.remove(array.size() - 1);
			}
		}
		node.forEach(ApiReference::cut);
	}

}
