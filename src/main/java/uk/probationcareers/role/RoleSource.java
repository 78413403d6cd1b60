package uk.probationcareers.role;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.model.BaseEntity;

@Entity
@Table(name = "role_edition_source")
public class RoleSource extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private RoleEdition edition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private int position;

	private String supports;

	public RoleEdition getEdition() {
		return this.edition;
	}

	public Source getSource() {
		return this.source;
	}

	public int getPosition() {
		return this.position;
	}

	public String getSupports() {
		return this.supports;
	}

}
