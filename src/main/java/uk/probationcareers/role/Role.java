package uk.probationcareers.role;

import java.time.OffsetDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import uk.probationcareers.model.VersionedEntity;

/**
 * The stable identity of a role: its address and which edition of its profile is live.
 */
@Entity
@Table(name = "role")
public class Role extends VersionedEntity {

	private String slug;

	@Enumerated(EnumType.STRING)
	private RoleGroup roleGroup;

	@Enumerated(EnumType.STRING)
	private CareerStage careerStage;

	private int displayOrder;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "live_edition_id")
	private RoleEdition liveEdition;

	private OffsetDateTime withdrawnAt;

	public String getSlug() {
		return this.slug;
	}

	public RoleGroup getRoleGroup() {
		return this.roleGroup;
	}

	public CareerStage getCareerStage() {
		return this.careerStage;
	}

	public int getDisplayOrder() {
		return this.displayOrder;
	}

	public RoleEdition getLiveEdition() {
		return this.liveEdition;
	}

	/**
	 * When the role was withdrawn; a withdrawn role leaves every public list.
	 */
	public OffsetDateTime getWithdrawnAt() {
		return this.withdrawnAt;
	}

}
