package uk.probationcareers.catalogue.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.catalogue.Skill;

public class SkillForm extends CodedCatalogueForm {

	@NoControlCharacters
	@NotBlank(message = "{admin.skills.name.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String name;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String description;

	static SkillForm of(Skill skill) {
		SkillForm form = new SkillForm();
		form.setVersion(skill.getVersion());
		form.setCode(skill.getCode());
		form.name = skill.getName();
		form.description = skill.getDescription();
		return form;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", getCode());
		values.put("name", this.name);
		values.put("description", this.description);
		return values;
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
