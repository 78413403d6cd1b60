package uk.probationcareers.routes;

import java.time.LocalDate;
import uk.probationcareers.catalogue.SourceView;

/**
 * One recruitment window as the public sees it.
 */
public record WindowView(String intake, LocalDate opensOn, LocalDate closesOn, LocalDate startsOn,
		LocalDate dateChecked, SourceView source) {

	public static WindowView of(RecruitmentWindow window) {
		return new WindowView(window.getIntake(), window.getOpensOn(), window.getClosesOn(), window.getStartsOn(),
				window.getDateChecked(), SourceView.of(window.getSource()));
	}

	/**
	 * Open on {@code day}: it has a closing date not yet passed, and it had opened, by
	 * its opening date or, when that is unknown, by the day it was seen open.
	 */
	boolean isOpenOn(LocalDate day) {
		if (this.closesOn == null || day.isAfter(this.closesOn)) {
			return false;
		}
		LocalDate opened = (this.opensOn != null) ? this.opensOn : this.dateChecked;
		return !day.isBefore(opened);
	}

	/**
	 * The first day this window still lies ahead of: its opening date, or its start when
	 * only that is known.
	 */
	LocalDate aheadFrom() {
		if (this.opensOn != null) {
			return this.opensOn;
		}
		return (this.closesOn == null) ? this.startsOn : null;
	}

	/**
	 * The latest date the window names, for finding the last one held.
	 */
	public LocalDate latestDate() {
		LocalDate latest = null;
		for (LocalDate date : new LocalDate[] { this.opensOn, this.closesOn, this.startsOn }) {
			if (date != null && (latest == null || date.isAfter(latest))) {
				latest = date;
			}
		}
		return latest;
	}

}
