package uk.probationcareers.users;

/**
 * Adding a user: a username, a role and a first password, typed twice.
 */
public class NewUserForm extends NewPasswordForm {

	private String username;

	private UserRole role;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public UserRole getRole() {
		return this.role;
	}

	public void setRole(UserRole role) {
		this.role = role;
	}

}
