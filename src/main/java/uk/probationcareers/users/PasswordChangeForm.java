package uk.probationcareers.users;

/**
 * Changing your own password: the current one, then the new one twice.
 */
public class PasswordChangeForm {

	private String currentPassword;

	private String newPassword;

	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
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

	/**
	 * Passwords are never sent back to the browser.
	 */
	void forgetPasswords() {
		this.currentPassword = null;
		this.newPassword = null;
		this.confirmPassword = null;
	}

}
