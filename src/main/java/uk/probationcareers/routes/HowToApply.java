package uk.probationcareers.routes;

import uk.probationcareers.catalogue.Source;

/**
 * When an entry route recruits and where to register interest.
 */
public record HowToApply(String intakes, String registerInterestUrl, Source recruitmentSource) {
}
