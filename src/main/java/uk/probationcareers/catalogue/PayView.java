package uk.probationcareers.catalogue;

import java.time.LocalDate;

public record PayView(String organisation, String band, String payYear, Integer minimumPay, Integer maximumPay,
		String allowances, AwardStatus awardStatus, String note, LocalDate effectiveDate, SourceView source) {

	public static PayView of(PayBand band) {
		if (band == null) {
			return null;
		}
		return new PayView(band.getOrganisation(), band.getBand(), band.getPayYear(), band.getMinimumPay(),
				band.getMaximumPay(), band.getAllowances(), band.getAwardStatus(), band.getNote(),
				band.getEffectiveDate(), SourceView.of(band.getSource()));
	}

	public boolean hasFigure() {
		return this.minimumPay != null || this.maximumPay != null;
	}

	public boolean isSingleFigure() {
		return this.minimumPay != null && this.minimumPay.equals(this.maximumPay);
	}

	public boolean isConfirmed() {
		return this.awardStatus == AwardStatus.AGREED;
	}

}
