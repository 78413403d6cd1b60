package uk.probationcareers.role.editorial;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.NoControlCharacters;

/**
 * Publishing an edition: the version the reviewer saw, whether the change is major (with
 * a public change note) or minor, and an admin's reason when publishing without review.
 */
public class PublishForm {

	private Long version;

	@NotNull(message = "{editorial.publish.kind.required}")
	private String changeKind;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String changeNote;

	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String reason;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public boolean major() {
		return "MAJOR".equals(this.changeKind);
	}

	public String getChangeKind() {
		return this.changeKind;
	}

	public void setChangeKind(String changeKind) {
		this.changeKind = changeKind;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public void setChangeNote(String changeNote) {
		this.changeNote = changeNote;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
