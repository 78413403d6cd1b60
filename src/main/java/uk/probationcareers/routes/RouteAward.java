package uk.probationcareers.routes;

/**
 * The qualification an entry route gives and how long it takes.
 */
public record RouteAward(String qualificationGained, Integer qualificationLevel, Integer durationMonthsMin,
		Integer durationMonthsMax) {
}
