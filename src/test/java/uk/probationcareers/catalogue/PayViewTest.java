package uk.probationcareers.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayViewTest {

	@Test
	void aBandWithNoFiguresSaysItHasNone() {
		PayView pay = pay(null, null, AwardStatus.UNCONFIRMED);
		assertThat(pay.hasFigure()).isFalse();
		assertThat(pay.isSingleFigure()).isFalse();
	}

	@Test
	void aBandWhoseMinimumEqualsItsMaximumIsOneFigure() {
		assertThat(pay(26475, 26475, AwardStatus.AGREED).isSingleFigure()).isTrue();
		assertThat(pay(24000, 26500, AwardStatus.AGREED).isSingleFigure()).isFalse();
	}

	@Test
	void onlyAnAgreedAwardCountsAsConfirmed() {
		assertThat(pay(1, 2, AwardStatus.AGREED).isConfirmed()).isTrue();
		assertThat(pay(1, 2, AwardStatus.OFFER_PENDING).isConfirmed()).isFalse();
		assertThat(pay(1, 2, AwardStatus.UNCONFIRMED).isConfirmed()).isFalse();
	}

	@Test
	void noBandGivesNoView() {
		assertThat(PayView.of(null)).isNull();
	}

	private static PayView pay(Integer minimum, Integer maximum, AwardStatus status) {
		return new PayView("HMPPS", "Band 3", "2025/26", minimum, maximum, null, status, null, null, null);
	}

}
