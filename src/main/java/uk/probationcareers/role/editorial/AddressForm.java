package uk.probationcareers.role.editorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.admin.NoControlCharacters;

/**
 * A role's new address: the slug in {@code /roles/{slug}}, with the same rules as a new
 * role's.
 */
public class AddressForm {

	@NoControlCharacters
	@NotBlank(message = "{admin.form.code.required}")
	@Size(max = 100, message = "{admin.form.tooLong}")
	@Pattern(regexp = CodedCatalogueForm.CODE_PATTERN, message = "{admin.form.code.pattern}")
	private String slug;

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

}
