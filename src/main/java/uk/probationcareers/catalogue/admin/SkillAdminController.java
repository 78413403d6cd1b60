package uk.probationcareers.catalogue.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.probationcareers.admin.CatalogueAdminController;
import uk.probationcareers.catalogue.Skill;

@Controller
@RequestMapping("/admin/skills")
class SkillAdminController extends CatalogueAdminController<Skill, SkillForm> {

	SkillAdminController(SkillAdmin skills, MessageSource messages) {
		super("skills", skills, messages);
	}

	@Override
	protected SkillForm emptyForm() {
		return new SkillForm();
	}

	@Override
	protected String fieldsTemplate() {
		return "catalogue/admin/skill-fields";
	}

}
