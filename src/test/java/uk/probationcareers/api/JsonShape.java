package uk.probationcareers.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The shape of a JSON answer: every field's path (array items as {@code []}) and the JSON
 * types seen there, such as {@code "data[].pay.minimumPay": "integer|null"}.
 */
final class JsonShape {

	private JsonShape() {
	}

	static Map<String, String> of(JsonNode json) {
		Map<String, Set<String>> types = new TreeMap<>();
		walk("$", json, types);
		Map<String, String> shape = new TreeMap<>();
		types.forEach((path, seen) -> shape.put(path, String.join("|", seen)));
		return shape;
	}

	/**
	 * How {@code actual} breaks the {@code recorded} shape: a field gone (unless it sits
	 * under something that is null or empty this time), a field whose JSON type changed
	 * (null aside: a field may be empty in one answer and not in another), or a field not
	 * recorded yet.
	 */
	static List<String> breaks(Map<String, String> recorded, Map<String, String> actual) {
		List<String> breaks = new ArrayList<>();
		recorded.forEach((path, types) -> {
			if (!actual.containsKey(path)) {
				if (!underSomethingEmpty(path, actual)) {
					breaks.add(path + " (" + types + ") is gone");
				}
				return;
			}
			Set<String> was = nonNull(types);
			Set<String> now = nonNull(actual.get(path));
			if (!was.isEmpty() && !was.containsAll(now)) {
				breaks.add(path + " was " + types + ", now " + actual.get(path));
			}
		});
		actual.forEach((path, types) -> {
			if (!recorded.containsKey(path)) {
				breaks.add(path + " (" + types + ") is new: record it with -Dapi.contract.update=true");
			}
		});
		return breaks;
	}

	private static boolean underSomethingEmpty(String path, Map<String, String> actual) {
		for (int end = path.length(); end > 0; end = Math.max(path.lastIndexOf('.', end - 1),
				path.lastIndexOf('[', end - 1))) {
			String ancestor = path.substring(0, end);
			if ("null".equals(actual.get(ancestor))
					|| ("array".equals(actual.get(ancestor)) && !actual.containsKey(ancestor + "[]"))) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> nonNull(String types) {
		Set<String> set = new TreeSet<>(List.of(types.split("\\|")));
		set.remove("null");
		return set;
	}

	private static void walk(String path, JsonNode node, Map<String, Set<String>> types) {
		types.computeIfAbsent(path, (key) -> new TreeSet<>()).add(type(node));
		if (node.isObject()) {
			node.properties().forEach((field) -> walk(path + "." + field.getKey(), field.getValue(), types));
		}
		else if (node.isArray()) {
			node.forEach((item) -> walk(path + "[]", item, types));
		}
	}

	private static String type(JsonNode node) {
		return switch (node.getNodeType()) {
			case OBJECT -> "object";
			case ARRAY -> "array";
			case STRING -> "string";
			case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
			case BOOLEAN -> "boolean";
			case NULL -> "null";
			default -> node.getNodeType().name().toLowerCase();
		};
	}

}
