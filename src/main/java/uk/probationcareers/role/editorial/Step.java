package uk.probationcareers.role.editorial;

/**
 * A step in an edition's life, recorded with who took it, when and their note.
 */
public enum Step {

	/** A new draft: a copy of the live edition, or the first draft of a new role. */
	CREATE,
	/** A section of the draft saved. */
	SAVE,
	/** The draft sent for review. */
	SUBMIT,
	/** The reviewer sends the draft back to its editors with comments. */
	SEND_BACK,
	/** A second person approves and publishes the edition. */
	PUBLISH,
	/** An admin publishes without a second person, giving a reason. */
	FORCE_PUBLISH,
	/** Someone other than the admin who force-published has looked at the edition. */
	SECOND_LOOK,
	/** A new draft copied from an earlier edition. */
	RESTORE,
	/** A new draft that, once published, withdraws the role. */
	WITHDRAW

}
