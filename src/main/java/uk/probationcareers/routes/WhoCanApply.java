package uk.probationcareers.routes;

import java.util.List;

import uk.probationcareers.catalogue.Nation;

/**
 * Residence, age and nationality rules, and the nations where an entry route runs.
 */
public record WhoCanApply(Integer ukResidenceYears, Integer minimumAge, boolean civilServiceNationality,
		List<Nation> nations) {
}
