package uk.probationcareers.catalogue.admin;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.probationcareers.admin.CatalogueAdminController;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.catalogue.EntryRoute;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.RouteType;

@Controller
@RequestMapping("/admin/entry-routes")
class EntryRouteAdminController extends CatalogueAdminController<EntryRoute, EntryRouteForm> {

	private static final List<String> NATIONS = Arrays.stream(Nation.values()).map(Nation::name).toList();

	private final SourceChoices sources;

	EntryRouteAdminController(EntryRouteAdmin routes, SourceChoices sources, MessageSource messages) {
		super("entry-routes", routes, messages);
		this.sources = sources;
	}

	@Override
	protected EntryRouteForm emptyForm() {
		return new EntryRouteForm();
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("routeTypes", List.of(RouteType.values()));
		model.addAttribute("nationChoices", NATIONS);
		model.addAttribute("sources", this.sources.options(message("admin.form.none")));
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
		DateInput.check(errors, "validFrom", form.getValidFrom(), false, null);
	}

}
