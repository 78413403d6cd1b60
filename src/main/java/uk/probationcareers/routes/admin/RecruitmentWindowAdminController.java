package uk.probationcareers.routes.admin;

import java.time.LocalDate;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.probationcareers.admin.CatalogueAdminController;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.routes.RecruitmentWindow;

@Controller
@RequestMapping("/admin/recruitment-windows")
class RecruitmentWindowAdminController extends CatalogueAdminController<RecruitmentWindow, RecruitmentWindowForm> {

	private final RecruitmentWindowAdmin windows;

	private final SourceChoices sources;

	RecruitmentWindowAdminController(RecruitmentWindowAdmin windows, SourceChoices sources, MessageSource messages) {
		super("recruitment-windows", windows, messages);
		this.windows = windows;
		this.sources = sources;
	}

	@Override
	protected String navSection() {
		return "entry-routes";
	}

	@Override
	protected RecruitmentWindowForm emptyForm() {
		return new RecruitmentWindowForm();
	}

	@Override
	protected String fieldsTemplate() {
		return "routes/admin/recruitment-window-fields";
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("routes", this.windows.routeOptions(message("admin.form.choose")));
		model.addAttribute("sources", this.sources.options(message("admin.form.choose")));
	}

	@Override
	protected void check(RecruitmentWindowForm form, Long id, Errors errors) {
		if (form.getRoute() != null && !form.getRoute().isBlank() && !this.windows.routeExists(form.getRoute())) {
			errors.rejectValue("route", "admin.recruitment-windows.route.unknown");
		}
		if (form.getSource() != null && !form.getSource().isBlank() && this.sources.find(form.getSource()).isEmpty()) {
			errors.rejectValue("source", "admin.recruitment-windows.source.required");
		}
		DateInput.check(errors, "opensOn", form.getOpensOn(), false, null);
		DateInput.check(errors, "closesOn", form.getClosesOn(), false, null);
		DateInput.check(errors, "startsOn", form.getStartsOn(), false, null);
		DateInput.check(errors, "dateChecked", form.getDateChecked(), true,
				"admin.recruitment-windows.dateChecked.required");
		LocalDate opens = form.getOpensOn().toDate();
		LocalDate closes = form.getClosesOn().toDate();
		if (opens != null && closes != null && closes.isBefore(opens) && !errors.hasFieldErrors("closesOn")) {
			errors.rejectValue("closesOn", "admin.recruitment-windows.closesOn.beforeOpens");
		}
		if (!errors.hasFieldErrors("opensOn") && !errors.hasFieldErrors("closesOn")
				&& !errors.hasFieldErrors("startsOn") && opens == null && closes == null
				&& form.getStartsOn().toDate() == null) {
			errors.rejectValue("opensOn", "admin.recruitment-windows.dates.required");
		}
	}

}
