package uk.probationcareers.users;

/**
 * What a signed-in user may do: an editor edits content, an admin also manages users.
 */
public enum UserRole {

	EDITOR, ADMIN

}
