package uk.probationcareers.role;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.catalogue.Skill;
import uk.probationcareers.model.BaseEntity;

@Entity
@Table(name = "role_edition_skill")
public class RoleSkill extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private RoleEdition edition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "skill_id")
	private Skill skill;

	private int position;

	@Enumerated(EnumType.STRING)
	private Importance importance;

	public RoleEdition getEdition() {
		return this.edition;
	}

	public Skill getSkill() {
		return this.skill;
	}

	public int getPosition() {
		return this.position;
	}

	public Importance getImportance() {
		return this.importance;
	}

}
