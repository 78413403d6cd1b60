package uk.probationcareers.users;

/**
 * Changing your own password: the current one, then the new one twice.
 */
public class PasswordChangeForm extends NewPasswordForm {

	private String currentPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	@Override
	void forgetPasswords() {
		super.forgetPasswords();
		this.currentPassword = null;
	}

}
