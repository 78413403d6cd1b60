package uk.probationcareers.admin;

/**
 * Someone else saved the row after the editor loaded it: saving now would lose their
 * change.
 */
public class EditConflict extends RuntimeException {

	public EditConflict(Throwable cause) {
		super("The row was changed by someone else", cause);
	}

}
