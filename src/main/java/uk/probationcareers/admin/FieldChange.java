package uk.probationcareers.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One field of a catalogue row before and after a change; {@code null} where the field
 * had or has no value.
 */
@Embeddable
public class FieldChange {

	private String field;

	@Column(length = 2000)
	private String oldValue;

	@Column(length = 2000)
	private String newValue;

	protected FieldChange() {
	}

	FieldChange(String field, String oldValue, String newValue) {
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
	}

	public String getField() {
		return this.field;
	}

	public String getOldValue() {
		return this.oldValue;
	}

	public String getNewValue() {
		return this.newValue;
	}

}
