package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Withdrawing a role: the reason the public will read and the roles to point them to.
 */
public class WithdrawForm {

	@NotBlank(message = "{editorial.withdraw.reason.required}")
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String reason;

	private List<String> onward = new ArrayList<>();

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public List<String> getOnward() {
		return this.onward;
	}

	public void setOnward(List<String> onward) {
		this.onward = onward;
	}

}
