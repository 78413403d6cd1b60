package uk.probationcareers.passkeys;

/**
 * The name someone gives a new passkey, so they can tell their passkeys apart.
 */
public class PasskeyForm {

	static final int MAX_NAME = 60;

	private String name;

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
