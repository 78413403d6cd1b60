package uk.probationcareers.routes.finder;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of "check your answers": the question, the chosen values (message keys are
 * built from them in the page) and the address that changes the answer.
 */
record CheckRow(String param, String kind, List<String> values, String changeUrl, int figure) {

	static List<CheckRow> all(Answers answers, RouteFinder finder) {
		List<CheckRow> rows = new ArrayList<>();
		for (Question question : Question.values()) {
			if (answers.has(question)) {
				rows.add(new CheckRow(question.param(), question.kind().name(), answers.values(question),
						answers.address("/route-finder/" + question.param()), finder.figure(question)));
			}
		}
		return List.copyOf(rows);
	}

}
