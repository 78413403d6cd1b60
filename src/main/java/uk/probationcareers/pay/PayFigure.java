package uk.probationcareers.pay;

/**
 * The shape of a pay figure: a range, one fixed salary, a starting salary with no
 * published top, or none held.
 */
public enum PayFigure {

	RANGE, FIXED, STARTING, NONE;

	static PayFigure of(Integer minimum, Integer maximum) {
		if (minimum == null) {
			return NONE;
		}
		if (maximum == null) {
			return STARTING;
		}
		return minimum.equals(maximum) ? FIXED : RANGE;
	}

}
