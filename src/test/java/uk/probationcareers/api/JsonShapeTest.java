package uk.probationcareers.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonShapeTest {

	@Test
	void everyFieldIsListedWithTheTypesSeenInEveryItem() {
		assertThat(JsonShape.of(ApiRequests.JSON.readTree(
				"""
						{"data": [{"slug": "a", "pay": {"min": 1}}, {"slug": "b", "pay": null}], "checkedOn": "2026-11-23"}""")))
			.containsExactly(entry("$", "object"), entry("$.checkedOn", "string"), entry("$.data", "array"),
					entry("$.data[]", "object"), entry("$.data[].pay", "null|object"),
					entry("$.data[].pay.min", "integer"), entry("$.data[].slug", "string"));
	}

	@Test
	void aFieldThatDisappearsChangesTypeOrIsNewBreaksTheRecordedShape() {
		var recorded = shape("{\"title\": \"PSO\", \"hours\": 37, \"pay\": {\"min\": 1}}");
		assertThat(JsonShape.breaks(recorded, shape("{\"title\": \"PSO\", \"pay\": {\"min\": 1}}")))
			.containsExactly("$.hours (integer) is gone");
		assertThat(JsonShape.breaks(recorded, shape("{\"title\": \"PSO\", \"hours\": \"37\", \"pay\": {\"min\": 1}}")))
			.containsExactly("$.hours was integer, now string");
		assertThat(JsonShape.breaks(recorded, shape("{\"title\": \"PSO\", \"hours\": 37.5, \"pay\": {\"min\": 1}}")))
			.containsExactly("$.hours was integer, now number");
		assertThat(JsonShape.breaks(recorded,
				shape("{\"title\": \"PSO\", \"hours\": 37, \"pay\": {\"min\": 1}, \"grade\": 3}")))
			.containsExactly("$.grade (integer) is new: record it with -Dapi.contract.update=true");
	}

	@Test
	void aFieldThatIsNullOrUnderSomethingNullThisTimeKeepsTheShape() {
		var recorded = shape(
				"{\"title\": \"PSO\", \"hours\": 37, \"pay\": {\"min\": 1}, \"skills\": [{\"code\": \"a\"}]}");
		assertThat(
				JsonShape.breaks(recorded, shape("{\"title\": null, \"hours\": null, \"pay\": null, \"skills\": []}")))
			.isEmpty();
	}

	private static java.util.Map<String, String> shape(String json) {
		return JsonShape.of(ApiRequests.JSON.readTree(json));
	}

	private static java.util.Map.Entry<String, String> entry(String path, String type) {
		return java.util.Map.entry(path, type);
	}

}
