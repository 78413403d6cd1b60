package uk.probationcareers.routes;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecruitmentTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	static WindowView window(String intake, LocalDate opens, LocalDate closes, LocalDate starts) {
		return new WindowView(intake, opens, closes, starts, LocalDate.of(2026, 11, 1), null);
	}

	static Recruitment on(LocalDate day, WindowView... windows) {
		return Recruitment.of(List.of(windows), day, "March and September", null, null);
	}

	@Test
	void aWindowIsOpenFromTheDayItOpensToTheDayItClosesInclusive() {
		WindowView window = window("March 2027", TODAY, TODAY.plusDays(7), null);
		assertThat(on(TODAY.minusDays(1), window).state()).isEqualTo(RecruitmentState.NEXT_EXPECTED);
		assertThat(on(TODAY, window).state()).isEqualTo(RecruitmentState.OPEN);
		assertThat(on(TODAY.plusDays(7), window).state()).isEqualTo(RecruitmentState.OPEN);
		assertThat(on(TODAY.plusDays(8), window).state()).isEqualTo(RecruitmentState.NO_CURRENT_DATES);
		assertThat(on(TODAY.plusDays(8), window).window()).isEqualTo(window);
	}

	@Test
	void withNoOpeningDateAWindowCountsAsOpenFromTheDayItWasSeenOpen() {
		WindowView seen = window("March 2027", null, TODAY.plusDays(3), null);
		assertThat(on(LocalDate.of(2026, 10, 31), seen).state()).isEqualTo(RecruitmentState.NO_CURRENT_DATES);
		assertThat(on(TODAY, seen).isOpen()).isTrue();
	}

	@Test
	void theNextWindowIsTheEarliestAheadAndTheOpenOneClosingFirstWins() {
		WindowView later = window("September 2027", TODAY.plusMonths(6), TODAY.plusMonths(7), null);
		WindowView sooner = window("March 2027", TODAY.plusDays(10), TODAY.plusDays(40), null);
		assertThat(on(TODAY, later, sooner).window()).isEqualTo(sooner);
		WindowView closingFirst = window("A", TODAY.minusDays(3), TODAY.plusDays(2), null);
		WindowView closingLater = window("B", TODAY.minusDays(3), TODAY.plusDays(9), null);
		assertThat(on(TODAY, closingLater, closingFirst).window()).isEqualTo(closingFirst);
	}

	@Test
	void anIntakeKnownOnlyByItsStartIsTheNextOneUntilItStarts() {
		WindowView intake = window("September 2027", null, null, LocalDate.of(2027, 9, 6));
		assertThat(on(TODAY, intake).state()).isEqualTo(RecruitmentState.NEXT_EXPECTED);
		Recruitment afterwards = on(LocalDate.of(2027, 9, 7), intake);
		assertThat(afterwards.state()).isEqualTo(RecruitmentState.NO_CURRENT_DATES);
		assertThat(afterwards.window()).isEqualTo(intake);
	}

	@Test
	void withNoWindowsThereAreNoCurrentDatesAndNothingLastKnown() {
		Recruitment none = on(TODAY);
		assertThat(none.state()).isEqualTo(RecruitmentState.NO_CURRENT_DATES);
		assertThat(none.window()).isNull();
		assertThat(none.hasDetails()).isTrue();
		assertThat(Recruitment.of(List.of(), TODAY, null, null, null).hasDetails()).isFalse();
	}

}
