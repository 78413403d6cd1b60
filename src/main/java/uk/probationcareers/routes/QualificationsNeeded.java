package uk.probationcareers.routes;

/**
 * The qualifications someone needs before starting an entry route.
 */
public record QualificationsNeeded(String entryRequirements, Integer minQualificationLevel,
		Integer maxQualificationLevel, Integer criminologyModulesRequired) {
}
