package uk.probationcareers.admin;

import java.util.Map;

/**
 * What an editor submits to change something that keeps a version: a catalogue row or a
 * section of a draft. The version is the one the editor loaded, so a save based on a
 * stale copy is refused with an {@link EditConflict}.
 */
public interface VersionedForm {

	Long getVersion();

	void setVersion(Long version);

	/**
	 * Each field's value as shown side by side on a conflict and recorded in the audit
	 * trail, keyed by the form property's name, in form order.
	 */
	Map<String, String> values();

}
