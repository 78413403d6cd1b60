package uk.probationcareers.pay;

/**
 * What a pay figure is worth: agreed for the pay year shown, an earlier year's rates
 * still paid while a later award is unsettled, a figure we could not confirm, or no
 * figure at all.
 */
public enum AwardStatus {

	AGREED("green"), EARLIER_YEAR_RATES("yellow"), UNCONFIRMED("orange"), NOT_HELD("grey");

	private final String tagColour;

	AwardStatus(String tagColour) {
		this.tagColour = tagColour;
	}

	/**
	 * The GOV.UK tag colour that marks this status; the tag's words say it too.
	 */
	public String tagColour() {
		return this.tagColour;
	}

}
