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
		Integer shortest = form.getDurationMonthsMin();
		Integer longest = form.getDurationMonthsMax();
		if (shortest != null && longest != null && shortest > longest && !errors.hasFieldErrors("durationMonthsMax")) {
			errors.rejectValue("durationMonthsMax", "admin.entry-routes.months.order");
		}
		if (form.getNations() != null && !NATIONS.containsAll(form.getNations())) {
			errors.rejectValue("nations", "admin.entry-routes.nations.unknown");
		}
		if (form.getSource() != null && !form.getSource().isBlank() && this.sources.find(form.getSource()).isEmpty()) {
			errors.rejectValue("source", "admin.entry-routes.source.unknown");
		}
		Integer lowest = form.getMinQualificationLevel();
		Integer highest = form.getMaxQualificationLevel();
		if (lowest != null && highest != null && lowest > highest && !errors.hasFieldErrors("maxQualificationLevel")) {
			errors.rejectValue("maxQualificationLevel", "admin.entry-routes.levels.order");
		}
		for (String field : List.of("partTimeSource", "rulesSource", "recruitmentSource")) {
			Object code = errors.getFieldValue(field);
			if (code instanceof String text && !text.isBlank() && this.sources.find(text).isEmpty()) {
				errors.rejectValue(field, "admin.entry-routes.source.unknown");
			}
		}
		String band = form.getTrainingPayBand();
		if (band != null && !band.isBlank() && this.payBands.find(band).isEmpty()) {
			errors.rejectValue("trainingPayBand", "admin.entry-routes.payBand.unknown");
		}
		DateInput.check(errors, "validFrom", form.getValidFrom(), false, null);
		DateInput.check(errors, "rulesChecked", form.getRulesChecked(), false, null);
	}

}
