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

}
