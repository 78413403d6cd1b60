package uk.probationcareers.pay;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayViewTest {

	@Test
	void aBandWithNoFiguresSaysItHasNone() {
		PayView pay = pay(null, null, AwardStatus.NOT_HELD);
		assertThat(pay.hasFigure()).isFalse();
		assertThat(pay.figure()).isEqualTo(PayFigure.NONE);
	}

	@Test
	void aBandWhoseMinimumEqualsItsMaximumIsOneFixedFigure() {
		assertThat(pay(26475, 26475, AwardStatus.AGREED).figure()).isEqualTo(PayFigure.FIXED);
		assertThat(pay(26475, 31650, AwardStatus.AGREED).figure()).isEqualTo(PayFigure.RANGE);
	}

	@Test
	void aMinimumWithNoMaximumIsAStartingSalaryOnly() {
		assertThat(pay(35130, null, AwardStatus.UNCONFIRMED).figure()).isEqualTo(PayFigure.STARTING);
	}

	@Test
	void figuresAreWrittenWithThousandsSeparators() {
		PayView pay = pay(26475, 31650, AwardStatus.AGREED);
		assertThat(pay.formattedMinimum()).isEqualTo("26,475");
		assertThat(pay.formattedMaximum()).isEqualTo("31,650");
		assertThat(pay(35130, null, AwardStatus.UNCONFIRMED).formattedMaximum()).isNull();
	}

	@Test
	void onlyAnAgreedAwardCountsAsConfirmed() {
		assertThat(pay(1, 2, AwardStatus.AGREED).isConfirmed()).isTrue();
		assertThat(pay(1, 2, AwardStatus.EARLIER_YEAR_RATES).isConfirmed()).isFalse();
		assertThat(pay(1, 2, AwardStatus.UNCONFIRMED).isConfirmed()).isFalse();
		assertThat(pay(null, null, AwardStatus.NOT_HELD).isConfirmed()).isFalse();
	}

	@Test
	void statusMessagesAreGivenThePayYearOfTheFiguresThenThePendingAward() {
		PayView pay = new PayView("HMPPS", "Band 3", "2024/25", 26475, 31650, null, AwardStatus.EARLIER_YEAR_RATES,
				"2025/26", FigureBasis.JOB_ADVERT, null, null, null);
		assertThat(pay.statusArguments()).containsExactly("2024/25", "2025/26");
	}

	@Test
	void noBandGivesNoView() {
		assertThat(PayView.of(null)).isNull();
	}

	private static PayView pay(Integer minimum, Integer maximum, AwardStatus status) {
		return new PayView("HMPPS", "Band 3", "2025/26", minimum, maximum, null, status, null, FigureBasis.PAY_SCALE,
				null, null, null);
	}

}
