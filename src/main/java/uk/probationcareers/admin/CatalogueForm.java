package uk.probationcareers.admin;

/**
 * What an editor submits for one catalogue row.
 */
public interface CatalogueForm extends VersionedForm {

	/**
	 * The row's code, unique and URL-safe; {@code null} for rows without one.
	 */
	String getCode();

	/**
	 * The words that name this row in lists and the audit trail.
	 */
	default String label() {
		return getCode();
	}

	/**
	 * Why the editor is making the change ({@link ReasonForChange}).
	 */
	String getReason();

}
