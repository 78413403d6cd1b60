package uk.probationcareers.admin;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateInputTest {

	@Test
	void aRealDateIsWrittenAsAnIsoDate() {
		DateInput input = typed(" 7", "4 ", "2026");
		assertThat(input.toDate()).isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(input).hasToString("2026-04-07");
		assertThat(DateInput.text(input)).isEqualTo("2026-04-07");
	}

	@Test
	void somethingThatIsNotADateIsWrittenAsTyped() {
		DateInput input = typed("31", "2", "2026");
		assertThat(input.toDate()).isNull();
		assertThat(input).hasToString("31/2/2026");
		assertThat(DateInput.text(input)).isEqualTo("31/2/2026");
	}

	@Test
	void missingPartsAreWrittenEmpty() {
		assertThat(typed(null, "13", "x")).hasToString("/13/x");
	}

	@Test
	void aBlankDateIsWrittenAsEmptyPartsButHasNoText() {
		DateInput blank = typed("", null, "");
		assertThat(blank).hasToString("//");
		assertThat(DateInput.text(blank)).isNull();
		assertThat(DateInput.text(null)).isNull();
	}

	@Test
	void aDateReadFromTheDatabaseIsShownInItsParts() {
		DateInput input = DateInput.of(LocalDate.of(2025, 12, 1));
		assertThat(input.getDay()).isEqualTo("1");
		assertThat(input.getMonth()).isEqualTo("12");
		assertThat(input.getYear()).isEqualTo("2025");
		assertThat(input).hasToString("2025-12-01");
	}

	private static DateInput typed(String day, String month, String year) {
		DateInput input = new DateInput();
		input.setDay(day);
		input.setMonth(month);
		input.setYear(year);
		return input;
	}

}
