package uk.probationcareers.pay;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.probationcareers.pay.AwardStatus.AGREED;
import static uk.probationcareers.pay.AwardStatus.EARLIER_YEAR_RATES;
import static uk.probationcareers.pay.AwardStatus.NOT_HELD;
import static uk.probationcareers.pay.AwardStatus.UNCONFIRMED;
import static uk.probationcareers.pay.FigureBasis.JOB_ADVERT;
import static uk.probationcareers.pay.FigureBasis.PAY_SCALE;
import static uk.probationcareers.pay.FigureBasis.REPORTED;

class PayBandRulesTest {

	static final List<String> PENDING = List.of("2025/26");

	@Test
	void anEarlierYearsRatesStillPaidWhileALaterAwardIsPendingAreAccepted() {
		assertThat(PayBandRules.breaches("2024/25", 26475, 31650, EARLIER_YEAR_RATES, "2025/26", JOB_ADVERT, PENDING))
			.isEmpty();
	}

	@Test
	void aFigureFromAnEarlierPayYearCannotBeLabelledAgreedForTheAwardStillPending() {
		assertThat(PayBandRules.breaches("2024/25", 26475, 31650, AGREED, "2025/26", JOB_ADVERT, PENDING))
			.containsExactlyInAnyOrder("pay.rule.pendingAwardOnlyForEarlierYearRates",
					"pay.rule.agreedWhileLaterAwardPending");
	}

	@Test
	void aFigureFromAnEarlierPayYearCannotBeLabelledAgreedWhileALaterAwardIsUnsettled() {
		assertThat(PayBandRules.breaches("2024/25", 26475, 31650, AGREED, null, JOB_ADVERT, PENDING))
			.containsExactly("pay.rule.agreedWhileLaterAwardPending");
		assertThat(PayBandRules.breaches("2024/25", 26475, 31650, AGREED, null, JOB_ADVERT, List.of())).isEmpty();
	}

	@Test
	void thePendingAwardNamedMustBeOneStillUnsettled() {
		assertThat(PayBandRules.breaches("2023/24", 1, 2, EARLIER_YEAR_RATES, "2024/25", JOB_ADVERT, PENDING))
			.containsExactly("pay.rule.pendingAwardNotUnsettled");
	}

	@Test
	void earlierYearRatesMustNameAPendingAwardLaterThanTheirOwnYear() {
		assertThat(PayBandRules.breaches("2024/25", 1, 2, EARLIER_YEAR_RATES, null, JOB_ADVERT, PENDING))
			.containsExactly("pay.rule.earlierYearNeedsLaterPendingAward");
		assertThat(PayBandRules.breaches("2025/26", 1, 2, EARLIER_YEAR_RATES, "2025/26", JOB_ADVERT, PENDING))
			.containsExactly("pay.rule.earlierYearNeedsLaterPendingAward");
		assertThat(PayBandRules.breaches("2025/26", 1, 2, EARLIER_YEAR_RATES, "2024/25", JOB_ADVERT, PENDING))
			.contains("pay.rule.earlierYearNeedsLaterPendingAward");
	}

	@Test
	void anAgreedRangeForItsOwnYearFromThePayScaleIsAccepted() {
		assertThat(PayBandRules.breaches("2026/27", 27000, 33000, AGREED, null, PAY_SCALE, PENDING)).isEmpty();
	}

	@Test
	void aStartingFigureWithNoPublishedTopIsAccepted() {
		assertThat(PayBandRules.breaches("2024/25", 35130, null, UNCONFIRMED, null, REPORTED, PENDING)).isEmpty();
	}

	@Test
	void everyHeldFigureNeedsAPayYearAndSaysWhereItCameFrom() {
		assertThat(PayBandRules.breaches(null, 35130, null, UNCONFIRMED, null, null, PENDING))
			.containsExactlyInAnyOrder("pay.rule.figureNeedsPayYear", "pay.rule.figureNeedsBasis");
		assertThat(PayBandRules.breaches("2024/25", null, 31650, UNCONFIRMED, null, REPORTED, PENDING))
			.contains("pay.rule.figureNeedsMinimum");
	}

	@Test
	void noFigureHeldMeansNoFigureAtAll() {
		assertThat(PayBandRules.breaches(null, null, null, NOT_HELD, null, null, PENDING)).isEmpty();
		assertThat(PayBandRules.breaches("2025/26", 1, null, NOT_HELD, null, PAY_SCALE, PENDING))
			.containsExactly("pay.rule.notHeldHasFigure");
	}

	@Test
	void theTopOfABandIsNeverBelowItsBottom() {
		assertThat(PayBandRules.breaches("2026/27", 31650, 26475, AGREED, null, PAY_SCALE, PENDING))
			.containsExactly("pay.rule.maximumBelowMinimum");
	}

}
