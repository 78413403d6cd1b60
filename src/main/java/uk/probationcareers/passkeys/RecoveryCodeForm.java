package uk.probationcareers.passkeys;

/**
 * A recovery code typed instead of using a passkey.
 */
public class RecoveryCodeForm {

	private String code;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
