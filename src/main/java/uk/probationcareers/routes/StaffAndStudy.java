package uk.probationcareers.routes;

import uk.probationcareers.catalogue.Source;

/**
 * Who among current staff may take an entry route, and how long part-time study may last.
 */
public record StaffAndStudy(StaffRule staffRule, Integer minServiceMonths, Integer partTimeMonthsMax,
		Source partTimeSource) {
}
