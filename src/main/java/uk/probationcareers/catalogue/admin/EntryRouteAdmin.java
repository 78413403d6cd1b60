package uk.probationcareers.catalogue.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.Blank;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.catalogue.EntryRoute;

@Service
class EntryRouteAdmin extends CatalogueService<EntryRoute, EntryRouteForm> {

	private final EntryRouteAdminRepository routes;

	private final SourceChoices sources;

	EntryRouteAdmin(EntryRouteAdminRepository routes, SourceChoices sources, AuditTrail audit,
			ApplicationEventPublisher events) {
		super("entry-routes", routes, audit, events);
		this.routes = routes;
		this.sources = sources;
	}

	@Override
	public List<ListRow> list() {
		return this.routes.findAll(Sort.by("name"))
			.stream()
			.map((route) -> new ListRow(route.getId(), route.getCode(), route.getName()))
			.toList();
	}

	@Override
	protected EntryRoute newRow() {
		return new EntryRoute();
	}

	@Override
	protected EntryRouteForm formOf(EntryRoute route) {
		return EntryRouteForm.of(route);
	}

	@Override
	protected void apply(EntryRouteForm form, EntryRoute route) {
		route.describe(form.getCode(), form.getName().strip(), form.getRouteType(), form.getSummary().strip(),
				Blank.toNull(form.getQualificationGained()), form.getQualificationLevel(), form.getDurationMonthsMin(),
				form.getDurationMonthsMax(), form.getValidFrom().toDate(),
				this.sources.find(form.getSource()).orElse(null));
		route.eligibility(Blank.toNull(form.getEntryRequirements()), form.getMinQualificationLevel(),
				form.isCriminologyShortens(), Blank.toNull(form.getExperienceNeeded()), form.getUkResidenceYears(),
				form.getMinimumAge(), form.storedNations());
	}

	@Override
	protected Optional<EntryRoute> findByCode(String code) {
		return this.routes.findByCode(code);
	}

	@Override
	protected List<Usage> usages(EntryRoute route) {
		return List.of(
				new Usage("admin.entry-routes.usedBy.roleEditions", this.routes.countRoleEditionsOffering(route)),
				new Usage("admin.entry-routes.usedBy.careerLinks", this.routes.countCareerLinksThrough(route)));
	}

}
