package uk.probationcareers.admin;

import java.util.Map;

/**
 * What an editor submits for one catalogue row. The version is the one the editor loaded,
 * so a save based on a stale copy is refused.
 */
public interface CatalogueForm {

	Long getVersion();

	void setVersion(Long version);

	/**
	 * The row's code, unique and URL-safe; {@code null} for rows without one.
	 */
	String getCode();

	/**
	 * Each field's value as shown side by side and recorded in the audit trail, keyed by
	 * the form property's name, in form order.
	 */
	Map<String, String> values();

	/**
	 * The words that name this row in lists and the audit trail.
	 */
	default String label() {
		return getCode();
	}

}
