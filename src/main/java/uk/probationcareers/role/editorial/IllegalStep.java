package uk.probationcareers.role.editorial;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A step the workflow does not allow: from this state, by this person or without the note
 * it needs. Nothing is changed.
 */
public class IllegalStep extends ResponseStatusException {

	private final String reasonKey;

	IllegalStep(HttpStatus status, String reasonKey) {
		super(status, reasonKey);
		this.reasonKey = reasonKey;
	}

	/**
	 * The message key that says why the step was refused.
	 */
	public String getReasonKey() {
		return this.reasonKey;
	}

}
