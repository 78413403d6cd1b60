package uk.probationcareers.routes.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.pay.admin.PayBandChoices;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.HowToApply;
import uk.probationcareers.routes.QualificationsNeeded;
import uk.probationcareers.routes.RouteAward;
import uk.probationcareers.routes.RouteDetails;
import uk.probationcareers.routes.StaffAndStudy;
import uk.probationcareers.routes.WhoCanApply;

@Service
class EntryRouteAdmin extends CatalogueService<EntryRoute, EntryRouteForm> {

	private final EntryRouteAdminRepository routes;

	private final SourceChoices sources;

	private final PayBandChoices payBands;

	EntryRouteAdmin(EntryRouteAdminRepository routes, SourceChoices sources, PayBandChoices payBands, AuditTrail audit,
			ApplicationEventPublisher events) {
		super("entry-routes", routes, audit, events);
		this.routes = routes;
		this.sources = sources;
		this.payBands = payBands;
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
		route.describe(
				new RouteDetails(form.getCode(), form.getName().strip(), form.getRouteType(),
						form.getSummary().strip()),
				new RouteAward(form.getQualificationGained(), form.getQualificationLevel(), form.getDurationMonthsMin(),
						form.getDurationMonthsMax()),
				form.getValidFrom().toDate(), source(form.getSource()));
		route.eligibility(
				new QualificationsNeeded(form.getEntryRequirements(), form.getMinQualificationLevel(),
						form.getMaxQualificationLevel(), form.getCriminologyModulesRequired()),
				form.getExperienceNeeded(), form.isExperienceRequired(), new WhoCanApply(form.getUkResidenceYears(),
						form.getMinimumAge(), form.isCivilServiceNationality(), form.nationList()));
		route.staffAndStudy(
				new StaffAndStudy(form.getStaffRule(), form.getMinServiceMonths(), form.getPartTimeMonthsMax(),
						source(form.getPartTimeSource())),
				source(form.getRulesSource()), form.getRulesChecked().toDate());
		route.training(this.payBands.find(form.getTrainingPayBand()).orElse(null), form.getNextSteps(),
				new HowToApply(form.getIntakes(), form.getRegisterInterestUrl(), source(form.getRecruitmentSource())));
	}

	private Source source(String code) {
		return this.sources.find(code).orElse(null);
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
