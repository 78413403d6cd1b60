package uk.probationcareers.users;

/**
 * Adding a user: a username, a role and a first password, typed twice.
 */
public class NewUserForm {

	private String username;

	private UserRole role;

	private String newPassword;

	private String confirmPassword;

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

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

	void forgetPasswords() {
		this.newPassword = null;
		this.confirmPassword = null;
	}

}
