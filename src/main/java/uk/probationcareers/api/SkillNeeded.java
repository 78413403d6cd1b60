package uk.probationcareers.api;

import uk.probationcareers.role.RoleProfile.SkillView;

/**
 * A skill a role asks for, {@code ESSENTIAL} or {@code DESIRABLE}.
 */
public record SkillNeeded(String code, String name, String description, String importance) {

	static SkillNeeded of(SkillView skill) {
		return new SkillNeeded(skill.code(), skill.name(), skill.description(), Codes.of(skill.importance()));
	}

}
