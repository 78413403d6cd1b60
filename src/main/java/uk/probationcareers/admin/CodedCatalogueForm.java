package uk.probationcareers.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A catalogue form for a row with a unique, URL-safe code: the code's rules and the
 * version the editor loaded, once for every such form, and the reason for the change.
 */
public abstract class CodedCatalogueForm extends ReasonedForm {

	/** Lowercase letters and digits in groups joined by single hyphens. */
	public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	private Long version;

	@NoControlCharacters
	@NotBlank(message = "{admin.form.code.required}")
	@Size(max = 60, message = "{admin.form.tooLong}")
	@Pattern(regexp = CODE_PATTERN, message = "{admin.form.code.pattern}")
	private String code;

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

	@Override
	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

}
