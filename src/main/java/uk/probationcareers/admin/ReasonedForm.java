package uk.probationcareers.admin;

/**
 * A catalogue form that carries the editor's reason for the change; the reason is
 * recorded in the audit trail beside the change, not as one of the row's fields.
 */
public abstract class ReasonedForm implements CatalogueForm {

	@ReasonForChange
	private String reason;

	@Override
	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
