package uk.probationcareers.pay;

import java.time.LocalDate;
import java.util.Locale;
import uk.probationcareers.catalogue.SourceView;

/**
 * A pay band as the public sees it. The page words its status from the band's own pay
 * year, so a figure is never shown as agreed for a year it does not belong to.
 */
public record PayView(String organisation, String band, String payYear, Integer minimumPay, Integer maximumPay,
		String allowances, AwardStatus awardStatus, String pendingAwardYear, FigureBasis figureBasis, String note,
		LocalDate effectiveDate, SourceView source) {

	public static PayView of(PayBand band) {
		if (band == null) {
			return null;
		}
		return new PayView(band.getOrganisation(), band.getBand(), band.getPayYear(), band.getMinimumPay(),
				band.getMaximumPay(), band.getAllowances(), band.getAwardStatus(), band.getPendingAwardYear(),
				band.getFigureBasis(), band.getNote(), band.getEffectiveDate(), SourceView.of(band.getSource()));
	}

	public PayFigure figure() {
		return PayFigure.of(this.minimumPay, this.maximumPay);
	}

	public boolean hasFigure() {
		return figure() != PayFigure.NONE;
	}

	public String formattedMinimum() {
		return money(this.minimumPay);
	}

	public String formattedMaximum() {
		return money(this.maximumPay);
	}

	public boolean isConfirmed() {
		return this.awardStatus == AwardStatus.AGREED;
	}

	/**
	 * The arguments every status message takes: the pay year the figures belong to, then
	 * the award still pending (if any).
	 */
	public Object[] statusArguments() {
		return new Object[] { this.payYear, this.pendingAwardYear };
	}

	private static String money(Integer amount) {
		return (amount != null) ? String.format(Locale.UK, "%,d", amount) : null;
	}

}
