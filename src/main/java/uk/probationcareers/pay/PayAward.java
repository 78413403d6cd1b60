package uk.probationcareers.pay;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.probationcareers.model.VersionedEntity;

/**
 * One year's pay award for an organisation, and whether it has been settled.
 */
@Entity
@Table(name = "pay_award")
public class PayAward extends VersionedEntity {

	private String awardYear;

	private String organisation;

	private boolean settled;

	private String summary;

	public String getAwardYear() {
		return this.awardYear;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public boolean isSettled() {
		return this.settled;
	}

	public String getSummary() {
		return this.summary;
	}

}
