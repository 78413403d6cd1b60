package uk.probationcareers.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's contract: each answer, read from the seeded catalogue, has the fields and
 * JSON types recorded in {@code src/test/resources/api/contract/}. A field that
 * disappears, is renamed or changes type fails here; so does a new one, until the
 * recorded shape is updated on purpose ({@code -Dapi.contract.update=true} rewrites the
 * files, to be reviewed like code). A value that is null in one answer and not in another
 * is not a change of type.
 */
class ApiContractTest extends RunningSiteTest {

	static final Path CONTRACTS = Path.of("src/test/resources/api/contract");

	static Stream<Arguments> answers() {
		return Stream.of(Arguments.of("roles", "/api/v1/roles"),
				Arguments.of("role", "/api/v1/roles/probation-officer"), Arguments.of("routes", "/api/v1/routes"),
				Arguments.of("route", "/api/v1/routes/pqip-15-month"), Arguments.of("pay-bands", "/api/v1/pay-bands"),
				Arguments.of("pay-awards", "/api/v1/pay-awards"), Arguments.of("career-paths", "/api/v1/career-paths"),
				Arguments.of("changes", "/api/v1/changes"), Arguments.of("not-found", "/api/v1/roles/no-such-role"),
				Arguments.of("search", "/api/v1/search?q=probation%20officer"),
				Arguments.of("search-empty", "/api/v1/search?q=%20"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("answers")
	void everyFieldKeepsItsNameAndJsonType(String name, String path) throws IOException {
		HttpResponse<String> response = new ApiRequests(this.port).get(path);
		Map<String, String> shape = JsonShape.of(ApiRequests.JSON.readTree(response.body()));
		Path contract = CONTRACTS.resolve(name + ".json");
		if (Boolean.getBoolean("api.contract.update")) {
			Files.createDirectories(CONTRACTS);
			Files.writeString(contract,
					ApiRequests.JSON.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(shape) + "\n");
		}
		Map<String, String> recorded = new TreeMap<>(
				ApiRequests.JSON.readValue(Files.readString(contract), new TypeReference<Map<String, String>>() {
				}));
		assertThat(JsonShape.breaks(recorded, shape)).as("how %s breaks %s", path, contract).isEmpty();
	}

}
