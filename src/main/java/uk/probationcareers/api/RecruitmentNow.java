package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.stream.Stream;

import uk.probationcareers.routes.Recruitment;

/**
 * Where recruitment for a route stands on {@code asOf}: {@code OPEN},
 * {@code NEXT_EXPECTED} or {@code NO_CURRENT_DATES}, with the window that says so (the
 * open one, the next one, or the last one held).
 */
public record RecruitmentNow(String state, LocalDate asOf, IntakeWindow window, String intakes,
		String registerInterestUrl, Citation source) implements Dated {

	static RecruitmentNow of(Recruitment recruitment) {
		return new RecruitmentNow(recruitment.state().name(), recruitment.today(),
				IntakeWindow.of(recruitment.window()), recruitment.intakes(), recruitment.registerInterestUrl(),
				Citation.of(recruitment.source()));
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.concat(Dated.of(this.window), Dated.of(this.source));
	}

}
