package uk.probationcareers.routes;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.probationcareers.catalogue.SourceView;

/**
 * Whether a route is recruiting on a given day, worked out from its dated windows and
 * that day, never from a stored flag. {@code window} is the open one, the next one, or
 * the last one held (which may be none).
 */
public record Recruitment(RecruitmentState state, WindowView window, LocalDate today, String intakes,
		String registerInterestUrl, SourceView source) {

	public static Recruitment of(List<WindowView> windows, LocalDate today, String intakes, String registerInterestUrl,
			SourceView source) {
		WindowView open = windows.stream()
			.filter((window) -> window.isOpenOn(today))
			.min(Comparator.comparing(WindowView::closesOn))
			.orElse(null);
		if (open != null) {
			return new Recruitment(RecruitmentState.OPEN, open, today, intakes, registerInterestUrl, source);
		}
		WindowView next = windows.stream()
			.filter((window) -> window.aheadFrom() != null && window.aheadFrom().isAfter(today))
			.min(Comparator.comparing(WindowView::aheadFrom))
			.orElse(null);
		if (next != null) {
			return new Recruitment(RecruitmentState.NEXT_EXPECTED, next, today, intakes, registerInterestUrl, source);
		}
		WindowView last = windows.stream()
			.filter((window) -> window.latestDate() != null)
			.max(Comparator.comparing(WindowView::latestDate))
			.orElse(null);
		return new Recruitment(RecruitmentState.NO_CURRENT_DATES, last, today, intakes, registerInterestUrl, source);
	}

	public boolean isOpen() {
		return this.state == RecruitmentState.OPEN;
	}

	/**
	 * Whether anything at all is known about how this route recruits.
	 */
	public boolean hasDetails() {
		return this.window != null || this.intakes != null || this.registerInterestUrl != null;
	}

}
