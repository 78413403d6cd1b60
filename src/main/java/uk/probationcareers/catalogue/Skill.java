package uk.probationcareers.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.probationcareers.model.VersionedEntity;

@Entity
@Table(name = "skill")
public class Skill extends VersionedEntity {

	private String code;

	private String name;

	private String description;

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	/**
	 * Corrects the skill in place; every role edition that lists it shows the change.
	 */
	public void update(String code, String name, String description) {
		this.code = code;
		this.name = name;
		this.description = description;
	}

}
