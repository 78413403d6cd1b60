package uk.probationcareers.role.editorial;

import java.util.Map;

/**
 * What an editor submits for one section of a draft. The version is the draft's version
 * when the editor opened the section, so a save based on a stale copy is refused.
 */
public interface SectionForm {

	Long getVersion();

	void setVersion(Long version);

	/**
	 * Each field's value as shown side by side on a conflict and recorded in the audit
	 * trail, keyed by field name, in form order.
	 */
	Map<String, String> values();

}
