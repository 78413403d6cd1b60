package uk.probationcareers.users;

/**
 * A form that sets a password: the new one, typed twice. Passwords are never sent back to
 * the browser.
 */
public abstract class NewPasswordForm {

	private String newPassword;

	private String confirmPassword;

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
