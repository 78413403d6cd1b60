package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.stream.Stream;

import uk.probationcareers.routes.WindowView;

/**
 * One dated recruitment window of an entry route: when applications open and close, and
 * when the intake starts.
 */
public record IntakeWindow(String intake, LocalDate opensOn, LocalDate closesOn, LocalDate startsOn,
		LocalDate dateChecked, Citation source) implements Dated {

	static IntakeWindow of(WindowView window) {
		if (window == null) {
			return null;
		}
		return new IntakeWindow(window.intake(), window.opensOn(), window.closesOn(), window.startsOn(),
				window.dateChecked(), Citation.of(window.source()));
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.concat(Stream.of(this.dateChecked), Dated.of(this.source));
	}

}
