package uk.probationcareers.admin;

/**
 * Deleting a catalogue row: the editor's reason.
 */
public class DeleteForm {

	@ReasonForChange
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
