package uk.probationcareers.pay;

/**
 * Where a pay figure was taken from: only {@code PAY_SCALE} is an official pay scale.
 */
public enum FigureBasis {

	PAY_SCALE, JOB_ADVERT, REPORTED

}
