package uk.probationcareers.pay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The rules every pay band keeps, so that a figure never claims more than its source
 * gives: each names the message that explains a breach. The database holds the same rules
 * as check constraints.
 */
public final class PayBandRules {

	private PayBandRules() {
	}

	/**
	 * What is wrong with a band, given the pay years whose awards are still not settled.
	 */
	public static List<String> breaches(String payYear, Integer minimumPay, Integer maximumPay, AwardStatus status,
			String pendingAwardYear, FigureBasis basis, Collection<String> unsettledAwardYears) {
		List<String> breaches = new ArrayList<>();
		boolean held = minimumPay != null;
		if (status == AwardStatus.NOT_HELD) {
			if (held || maximumPay != null || basis != null) {
				breaches.add("pay.rule.notHeldHasFigure");
			}
		}
		else {
			if (!held) {
				breaches.add("pay.rule.figureNeedsMinimum");
			}
			if (payYear == null || payYear.isBlank()) {
				breaches.add("pay.rule.figureNeedsPayYear");
			}
			if (basis == null) {
				breaches.add("pay.rule.figureNeedsBasis");
			}
		}
		if (held && maximumPay != null && maximumPay < minimumPay) {
			breaches.add("pay.rule.maximumBelowMinimum");
		}
		if (status == AwardStatus.EARLIER_YEAR_RATES) {
			if (pendingAwardYear == null || payYear == null || pendingAwardYear.compareTo(payYear) <= 0) {
				breaches.add("pay.rule.earlierYearNeedsLaterPendingAward");
			}
		}
		else if (pendingAwardYear != null) {
			breaches.add("pay.rule.pendingAwardOnlyForEarlierYearRates");
		}
		if (status == AwardStatus.AGREED && payYear != null
				&& unsettledAwardYears.stream().anyMatch((year) -> year.compareTo(payYear) > 0)) {
			breaches.add("pay.rule.agreedWhileLaterAwardPending");
		}
		if (pendingAwardYear != null && !unsettledAwardYears.contains(pendingAwardYear)) {
			breaches.add("pay.rule.pendingAwardNotUnsettled");
		}
		return breaches;
	}

}
