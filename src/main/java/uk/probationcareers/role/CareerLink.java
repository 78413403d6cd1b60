package uk.probationcareers.role;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.model.BaseEntity;

@Entity
@Table(name = "role_edition_career_link")
public class CareerLink extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private RoleEdition edition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "target_role_id")
	private Role targetRole;

	@Enumerated(EnumType.STRING)
	private LinkType linkType;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "entry_route_id")
	private EntryRoute entryRoute;

	private String note;

	private String typicalTime;

	private int position;

	public RoleEdition getEdition() {
		return this.edition;
	}

	public Role getTargetRole() {
		return this.targetRole;
	}

	public LinkType getLinkType() {
		return this.linkType;
	}

	public EntryRoute getEntryRoute() {
		return this.entryRoute;
	}

	public String getNote() {
		return this.note;
	}

	public String getTypicalTime() {
		return this.typicalTime;
	}

	public int getPosition() {
		return this.position;
	}

}
