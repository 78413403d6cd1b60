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
import uk.probationcareers.routes.StaffAndStudy;

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
		RouteDetailsForm details = form.getDetails();
		route.describe(details.details(form.getCode()), details.award(), details.getValidFrom().toDate(),
				source(details.getSource()));
		EligibilityForm eligibility = form.getEligibility();
		route.eligibility(eligibility.qualifications(), eligibility.getExperienceNeeded(),
				eligibility.isExperienceRequired(), eligibility.whoCanApply());
		StaffAndStudyForm staff = form.getStaffAndStudy();
		route.staffAndStudy(
				new StaffAndStudy(staff.getStaffRule(), staff.getMinServiceMonths(), staff.getPartTimeMonthsMax(),
						source(staff.getPartTimeSource())),
				source(staff.getRulesSource()), staff.getRulesChecked().toDate());
		route.guidance(staff.guidanceText(), staff.getGuidanceDated().toDate());
		TrainingForm training = form.getTraining();
		route.training(this.payBands.find(training.getTrainingPayBand()).orElse(null), training.getNextSteps(),
				new HowToApply(training.getIntakes(), training.getRegisterInterestUrl(),
						source(training.getRecruitmentSource())));
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
