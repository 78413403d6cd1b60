package uk.probationcareers.role;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.model.BaseEntity;

@Entity
@Table(name = "role_edition_duty")
public class RoleDuty extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private RoleEdition edition;

	private int position;

	private String description;

	public RoleEdition getEdition() {
		return this.edition;
	}

	public int getPosition() {
		return this.position;
	}

	public String getDescription() {
		return this.description;
	}

}
