package uk.probationcareers.model;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row that admins edit: the version refuses a save based on a stale copy.
 */
@MappedSuperclass
public abstract class VersionedEntity extends BaseEntity {

	@Version
	private long version;

	public long getVersion() {
		return this.version;
	}

}
