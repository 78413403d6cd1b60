package uk.probationcareers.security;

/**
 * The sign-in page's fields. Spring Security reads the posted form itself; this only
 * carries the username back to the page after a failure.
 */
public class SignInForm {

	private String username;

	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
