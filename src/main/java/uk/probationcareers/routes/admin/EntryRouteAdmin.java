package uk.probationcareers.routes.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import uk.probationcareers.system.RetiredCodes;

@Service
class EntryRouteAdmin extends CatalogueService<EntryRoute, EntryRouteForm> {

	private final EntryRouteAdminRepository routes;

	private final SourceChoices sources;

	private final PayBandChoices payBands;

	private final RetiredCodes retired;

	EntryRouteAdmin(EntryRouteAdminRepository routes, SourceChoices sources, PayBandChoices payBands, AuditTrail audit,
			ApplicationEventPublisher events, RetiredCodes retired) {
		super("entry-routes", routes, audit, events);
		this.routes = routes;
		this.sources = sources;
		this.payBands = payBands;
		this.retired = retired;
	}

	/**
	 * Adds the route; its code, if an older route had it, leads to this one now.
	 */
	@Override
	@Transactional
	public long create(EntryRouteForm form) {
		long id = super.create(form);
		this.retired.inUse(RetiredCodes.Kind.ENTRY_ROUTE, form.getCode());
		return id;
	}

	/**
	 * Saves the route; a changed code keeps the old one leading to the route's page, for
	 * good (see {@link RetiredCodes}).
	 */
	@Override
	@Transactional
	public void update(long id, EntryRouteForm form) {
		String before = find(id).getCode();
		super.update(id, form);
		this.retired.renamed(RetiredCodes.Kind.ENTRY_ROUTE, id, before, form.getCode());
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
