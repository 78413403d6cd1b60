package uk.probationcareers.routes.finder;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersTest {

	@Test
	void answersReadFromTheAddressGoBackIntoItInQuestionOrder() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("part-time", "no");
		params.add("modules", "rehabilitation,crime");
		params.add("nation", "scotland");
		Answers.Parsed parsed = Answers.parse(params);
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.answers().address("/route-finder/results"))
			.isEqualTo("/route-finder/results?nation=scotland&modules=crime&modules=rehabilitation&part-time=no");
		assertThat(parsed.answers().moduleCount()).isEqualTo(2);
	}

	@Test
	void aWrongAnswerIsReportedAndNotKept() {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("nation", "atlantis");
		params.add("months", "-3");
		params.add("modules", "none");
		params.add("modules", "crime");
		params.add("experience", "yes");
		params.add("experience", "no");
		Answers.Parsed parsed = Answers.parse(params);
		assertThat(parsed.errors()).containsEntry(Question.NATION, "finder.nation.missing")
			.containsEntry(Question.SERVICE, "finder.months.invalid")
			.containsEntry(Question.MODULES, "finder.modules.both")
			.containsEntry(Question.EXPERIENCE, "finder.experience.missing");
		assertThat(parsed.answers().asParams()).isEmpty();
	}

	@Test
	void anAddressWithoutAQuestionLeavesItUnansweredRatherThanWrong() {
		Answers.Parsed parsed = Answers.parse(new LinkedMultiValueMap<>());
		assertThat(parsed.errors()).isEmpty();
		assertThat(parsed.answers().has(Question.NATION)).isFalse();
	}

}
