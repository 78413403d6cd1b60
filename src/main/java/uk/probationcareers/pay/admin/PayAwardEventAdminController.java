package uk.probationcareers.pay.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.probationcareers.admin.CatalogueAdminController;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.pay.PayAwardEvent;
import uk.probationcareers.pay.PayAwardEventKind;

@Controller
@RequestMapping("/admin/pay-award-events")
class PayAwardEventAdminController extends CatalogueAdminController<PayAwardEvent, PayAwardEventForm> {

	private final PayAwardEventAdmin events;

	private final SourceChoices sources;

	PayAwardEventAdminController(PayAwardEventAdmin events, SourceChoices sources, MessageSource messages) {
		super("pay-award-events", events, messages);
		this.events = events;
		this.sources = sources;
	}

	@Override
	protected String navSection() {
		return "pay-bands";
	}

	@Override
	protected PayAwardEventForm emptyForm() {
		return new PayAwardEventForm();
	}

	@Override
	protected String fieldsTemplate() {
		return "pay/admin/pay-award-event-fields";
	}

	@Override
	protected void addChoices(Model model) {
		Map<String, String> awards = new LinkedHashMap<>();
		awards.put("", message("admin.form.choose"));
		this.events.awardYears().forEach((year) -> awards.put(year, year));
		model.addAttribute("awards", awards);
		model.addAttribute("kinds", List.of(PayAwardEventKind.values()));
		model.addAttribute("sources", this.sources.options(message("admin.form.choose")));
	}

	@Override
	protected void check(PayAwardEventForm form, Long id, Errors errors) {
		if (form.getAward() != null && !form.getAward().isBlank() && !errors.hasFieldErrors("award")
				&& !this.events.awardExists(form.getAward())) {
			errors.rejectValue("award", "admin.pay-award-events.award.unknown");
		}
		if (form.getSource() != null && !form.getSource().isBlank() && this.sources.find(form.getSource()).isEmpty()) {
			errors.rejectValue("source", "admin.pay-award-events.source.required");
		}
		DateInput.check(errors, "eventDate", form.getEventDate(), true, "admin.pay-award-events.eventDate.required");
		DateInput.check(errors, "endDate", form.getEndDate(), false, null);
		LocalDate start = form.getEventDate().toDate();
		LocalDate end = form.getEndDate().toDate();
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endDate", "admin.pay-award-events.endDate.beforeStart");
		}
	}

}
