package uk.probationcareers.routes.finder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the question template needs: the question, its choices, what was chosen, what is
 * wrong (a message key), the earlier answers to carry forward, and where back leads.
 * {@code figure} fills the number in the residence and age questions.
 */
record QuestionPage(String param, String kind, List<String> options, List<String> selected, String error,
		List<Map.Entry<String, String>> carried, String backUrl, String action, int figure) {

	static QuestionPage of(Question question, Answers answers, String error, String backUrl, int figure) {
		List<Map.Entry<String, String>> carried = new ArrayList<>();
		answers.without(question)
			.asParams()
			.forEach((param, values) -> values.forEach((value) -> carried.add(Map.entry(param, value))));
		return new QuestionPage(question.param(), question.kind().name(), question.options(), answers.values(question),
				error, List.copyOf(carried), backUrl, "/route-finder/" + question.param() + "/next", figure);
	}

	public boolean isSelected(String option) {
		return this.selected.contains(option);
	}

	public String firstInputId() {
		return switch (this.kind) {
			case "NUMBER" -> this.param;
			default -> this.param + "-" + this.options.get(0);
		};
	}

	public String value() {
		return this.selected.isEmpty() ? "" : this.selected.get(0);
	}

}
