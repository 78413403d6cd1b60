package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;

/**
 * A new role: its address, where it is listed, and enough of a first draft to start.
 */
public class NewRoleForm {

	@NotBlank(message = "{admin.form.code.required}")
	@Size(max = 100, message = "{admin.form.tooLong}")
	@Pattern(regexp = CodedCatalogueForm.CODE_PATTERN, message = "{admin.form.code.pattern}")
	private String slug;

	@NotNull(message = "{editorial.newRole.group.required}")
	private String group;

	@NotBlank(message = "{editorial.details.title.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String title;

	@NotBlank(message = "{editorial.details.summary.required}")
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String summary;

	@NotEmpty(message = "{editorial.details.nations.required}")
	private List<String> nations = new ArrayList<>();

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = group;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public List<String> getNations() {
		return this.nations;
	}

	public void setNations(List<String> nations) {
		this.nations = nations;
	}

}
