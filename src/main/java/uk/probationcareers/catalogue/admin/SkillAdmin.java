package uk.probationcareers.catalogue.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.catalogue.Skill;

@Service
class SkillAdmin extends CatalogueService<Skill, SkillForm> {

	private final SkillAdminRepository skills;

	SkillAdmin(SkillAdminRepository skills, AuditTrail audit, ApplicationEventPublisher events) {
		super("skills", skills, audit, events);
		this.skills = skills;
	}

	@Override
	public List<ListRow> list() {
		return this.skills.findAll(Sort.by("name"))
			.stream()
			.map((skill) -> new ListRow(skill.getId(), skill.getCode(), skill.getName()))
			.toList();
	}

	@Override
	protected Skill newRow() {
		return new Skill();
	}

	@Override
	protected SkillForm formOf(Skill skill) {
		return SkillForm.of(skill);
	}

	@Override
	protected void apply(SkillForm form, Skill skill) {
		skill.update(form.getCode(), form.getName().strip(), form.getDescription());
	}

	@Override
	protected Optional<Skill> findByCode(String code) {
		return this.skills.findByCode(code);
	}

	@Override
	protected List<Usage> usages(Skill skill) {
		return List.of(new Usage("admin.skills.usedBy.roleEditions", this.skills.countRoleEditionsUsing(skill)));
	}

}
