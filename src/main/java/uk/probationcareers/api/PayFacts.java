package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.stream.Stream;

import uk.probationcareers.pay.PayView;

/**
 * What a pay band pays a year, in pounds, for which pay year and whether that year's
 * award is settled ({@code awardStatus}), with its source.
 */
public record PayFacts(String organisation, String band, String payYear, Integer minimumPay, Integer maximumPay,
		String currency, String figure, String allowances, String awardStatus, String pendingAwardYear,
		String figureBasis, String note, LocalDate effectiveDate, Citation source) implements Dated {

	static PayFacts of(PayView pay) {
		if (pay == null) {
			return null;
		}
		return new PayFacts(pay.organisation(), pay.band(), pay.payYear(), pay.minimumPay(), pay.maximumPay(), "GBP",
				pay.figure().name(), pay.allowances(), Codes.of(pay.awardStatus()), pay.pendingAwardYear(),
				Codes.of(pay.figureBasis()), pay.note(), pay.effectiveDate(), Citation.of(pay.source()));
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Dated.of(this.source);
	}

}
