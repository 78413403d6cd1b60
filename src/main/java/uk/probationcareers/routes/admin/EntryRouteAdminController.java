package uk.probationcareers.routes.admin;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.probationcareers.admin.CatalogueAdminController;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.pay.admin.PayBandChoices;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.RouteType;
import uk.probationcareers.routes.StaffRule;

@Controller
@RequestMapping("/admin/entry-routes")
class EntryRouteAdminController extends CatalogueAdminController<EntryRoute, EntryRouteForm> {

	private static final List<String> NATIONS = Arrays.stream(Nation.values()).map(Nation::name).toList();

	private final SourceChoices sources;

	private final PayBandChoices payBands;

	EntryRouteAdminController(EntryRouteAdmin routes, SourceChoices sources, PayBandChoices payBands,
			MessageSource messages) {
		super("entry-routes", routes, messages);
		this.sources = sources;
		this.payBands = payBands;
	}

	@Override
	protected EntryRouteForm emptyForm() {
		return new EntryRouteForm();
	}

	@Override
	protected String fieldsTemplate() {
		return "routes/admin/entry-route-fields";
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("routeTypes", List.of(RouteType.values()));
		model.addAttribute("nationChoices", NATIONS);
		model.addAttribute("sources", this.sources.options(message("admin.form.none")));
		model.addAttribute("staffRules", List.of(StaffRule.values()));
		model.addAttribute("payBands", this.payBands.options(message("admin.form.none")));
	}

	@Override
	protected void check(EntryRouteForm form, Long id, Errors errors) {
		RouteDetailsForm details = form.getDetails();
		inOrder(errors, "details.durationMonthsMax", details.getDurationMonthsMin(), details.getDurationMonthsMax(),
				"admin.entry-routes.months.order");
		EligibilityForm eligibility = form.getEligibility();
		if (eligibility.getNations() != null && !NATIONS.containsAll(eligibility.getNations())) {
			errors.rejectValue("eligibility.nations", "admin.entry-routes.nations.unknown");
		}
		inOrder(errors, "eligibility.maxQualificationLevel", eligibility.getMinQualificationLevel(),
				eligibility.getMaxQualificationLevel(), "admin.entry-routes.levels.order");
		for (String field : List.of("details.source", "staffAndStudy.partTimeSource", "staffAndStudy.rulesSource",
				"training.recruitmentSource")) {
			Object code = errors.getFieldValue(field);
			if (code instanceof String text && !text.isBlank() && this.sources.find(text).isEmpty()) {
				errors.rejectValue(field, "admin.entry-routes.source.unknown");
			}
		}
		String band = form.getTraining().getTrainingPayBand();
		if (band != null && !band.isBlank() && this.payBands.find(band).isEmpty()) {
			errors.rejectValue("training.trainingPayBand", "admin.entry-routes.payBand.unknown");
		}
		DateInput.check(errors, "details.validFrom", details.getValidFrom(), false, null);
		StaffAndStudyForm staff = form.getStaffAndStudy();
		DateInput.check(errors, "staffAndStudy.rulesChecked", staff.getRulesChecked(), false, null);
		DateInput.check(errors, "staffAndStudy.guidanceDated", staff.getGuidanceDated(), false, null);
		if (staff.guidanceText() == null && !staff.getGuidanceDated().isBlank()
				&& !errors.hasFieldErrors("staffAndStudy.guidance")) {
			errors.rejectValue("staffAndStudy.guidance", "admin.entry-routes.guidance.required");
		}
	}

	private static void inOrder(Errors errors, String field, Integer lowest, Integer highest, String messageKey) {
		if (lowest != null && highest != null && lowest > highest && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, messageKey);
		}
	}

}
