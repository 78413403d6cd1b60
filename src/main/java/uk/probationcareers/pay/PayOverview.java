package uk.probationcareers.pay;

import java.time.LocalDate;
import java.util.List;

import uk.probationcareers.catalogue.SourceView;

/**
 * Everything the pay page shows: each band with the roles paid on it, then each award
 * with its dated events.
 */
public record PayOverview(List<Band> bands, List<Award> awards) {

	public record Band(String code, PayView pay, List<BandRole> roles) {
	}

	public record Award(String awardYear, String organisation, boolean settled, String summary, List<Event> events) {

		/**
		 * The date of the latest event: for an unsettled award, when we last looked.
		 */
		public LocalDate lastEventDate() {
			return this.events.isEmpty() ? null : this.events.get(this.events.size() - 1).date();
		}

		/**
		 * When we last looked for news of the award, from its latest check; for an
		 * unsettled award the page says what we had found by then.
		 */
		public LocalDate lastCheckedDate() {
			return this.events.stream()
				.filter((event) -> event.kind() == PayAwardEventKind.CHECK)
				.map(Event::date)
				.reduce((first, second) -> second)
				.orElse(null);
		}

	}

	/**
	 * A dated step; {@code dateLabel}, when set, says the date in words because the exact
	 * day is not known.
	 */
	public record Event(LocalDate date, LocalDate endDate, String dateLabel, PayAwardEventKind kind, String description,
			SourceView source) {
	}

}
