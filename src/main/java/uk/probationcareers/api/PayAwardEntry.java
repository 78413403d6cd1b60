package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.probationcareers.pay.PayAwardEventKind;
import uk.probationcareers.pay.PayOverview.Award;
import uk.probationcareers.pay.PayOverview.Event;

/**
 * One year's pay award and its dated events, oldest first: claims, offers, ballots,
 * statements, the settlement, and {@code CHECK}s that found nothing newer.
 */
public record PayAwardEntry(String awardYear, String organisation, boolean settled, String summary,
		List<AwardEvent> events) implements Dated {

	static PayAwardEntry of(Award award) {
		return new PayAwardEntry(award.awardYear(), award.organisation(), award.settled(), award.summary(),
				award.events().stream().map(AwardEvent::of).toList());
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Dated.ofAll(this.events);
	}

	/**
	 * A dated step; {@code dateLabel}, when set, says the date in words because the exact
	 * day is not known.
	 */
	public record AwardEvent(LocalDate date, LocalDate endDate, String dateLabel, String kind, String description,
			Citation source) implements Dated {

		static AwardEvent of(Event event) {
			return new AwardEvent(event.date(), event.endDate(), event.dateLabel(), Codes.of(event.kind()),
					event.description(), Citation.of(event.source()));
		}

		@Override
		public Stream<LocalDate> checkedDates() {
			LocalDate looked = PayAwardEventKind.CHECK.name().equals(this.kind) ? this.date : null;
			return Stream.concat(Stream.of(looked), Dated.of(this.source));
		}

	}

}
