package uk.probationcareers.catalogue.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CatalogueForm;
import uk.probationcareers.catalogue.Skill;

public class SkillForm implements CatalogueForm {

	private Long version;

	@NotBlank(message = "{admin.form.code.required}")
	@Size(max = 60, message = "{admin.form.tooLong}")
	@Pattern(regexp = Slug.PATTERN, message = "{admin.form.code.pattern}")
	private String code;

	@NotBlank(message = "{admin.skills.name.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String name;

	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String description;

	static SkillForm of(Skill skill) {
		SkillForm form = new SkillForm();
		form.version = skill.getVersion();
		form.code = skill.getCode();
		form.name = skill.getName();
		form.description = skill.getDescription();
		return form;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", this.code);
		values.put("name", this.name);
		values.put("description", this.description);
		return values;
	}

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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
