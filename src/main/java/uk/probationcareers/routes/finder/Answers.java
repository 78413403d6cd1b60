package uk.probationcareers.routes.finder;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Someone's answers so far, exactly as they travel in the address: nothing is kept on the
 * server. Only answers that read correctly are held; what was wrong with the others is in
 * {@link Parsed#errors()}.
 */
final class Answers {

	private final Map<Question, List<String>> values;

	private Answers(Map<Question, List<String>> values) {
		this.values = values;
	}

	/**
	 * Reads every answer the address carries; a question it does not mention is left
	 * unanswered, one it mentions wrongly is reported.
	 */
	static Parsed parse(MultiValueMap<String, String> params) {
		Map<Question, List<String>> values = new EnumMap<>(Question.class);
		Map<Question, String> errors = new EnumMap<>(Question.class);
		for (Question question : Question.values()) {
			if (params.containsKey(question.param())) {
				Question.Reading reading = question.read(params.get(question.param()));
				if (reading.error() == null) {
					values.put(question, reading.values());
				}
				else {
					errors.put(question, reading.error());
				}
			}
		}
		return new Parsed(new Answers(values), errors);
	}

	boolean has(Question question) {
		return this.values.containsKey(question);
	}

	List<String> values(Question question) {
		return this.values.getOrDefault(question, List.of());
	}

	Answers without(Question question) {
		Map<Question, List<String>> copy = new EnumMap<>(Question.class);
		copy.putAll(this.values);
		copy.remove(question);
		return new Answers(copy);
	}

	/**
	 * Every answer as query parameters, in question order.
	 */
	Map<String, List<String>> asParams() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		this.values.forEach((question, answer) -> params.put(question.param(), answer));
		return Collections.unmodifiableMap(params);
	}

	/**
	 * {@code path} with every answer in its query string.
	 */
	String address(String path) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		asParams().forEach((param, answer) -> answer.forEach((value) -> builder.queryParam(param, value)));
		return builder.build().encode().toUriString();
	}

	WorkNation nation() {
		return Choice.parse(WorkNation.class, one(Question.NATION)).orElse(null);
	}

	Qualification qualification() {
		return Choice.parse(Qualification.class, one(Question.QUALIFICATION)).orElse(null);
	}

	/**
	 * How many of the four criminology modules someone has covered; none when not asked.
	 */
	int moduleCount() {
		return (int) values(Question.MODULES).stream().filter((value) -> !CriminologyModule.NONE.equals(value)).count();
	}

	boolean yes(Question question) {
		return "yes".equals(one(question));
	}

	Employer employer() {
		return Choice.parse(Employer.class, one(Question.EMPLOYER)).orElse(null);
	}

	int serviceMonths() {
		String months = one(Question.SERVICE);
		return (months != null) ? Integer.parseInt(months) : 0;
	}

	private String one(Question question) {
		List<String> answer = this.values.get(question);
		return (answer == null || answer.isEmpty()) ? null : answer.get(0);
	}

	@Override
	public String toString() {
		return this.values.entrySet()
			.stream()
			.map((entry) -> entry.getKey().param() + "=" + String.join(",", entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	/**
	 * The answers that read correctly, and what was wrong with the rest.
	 */
	record Parsed(Answers answers, Map<Question, String> errors) {

	}

}
