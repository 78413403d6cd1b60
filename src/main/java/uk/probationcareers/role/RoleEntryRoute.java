package uk.probationcareers.role;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.model.BaseEntity;

@Entity
@Table(name = "role_edition_entry_route")
public class RoleEntryRoute extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private RoleEdition edition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "entry_route_id")
	private EntryRoute entryRoute;

	private int position;

	public RoleEdition getEdition() {
		return this.edition;
	}

	public EntryRoute getEntryRoute() {
		return this.entryRoute;
	}

	public int getPosition() {
		return this.position;
	}

}
