package uk.probationcareers.pay.admin;

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
import uk.probationcareers.pay.AwardStatus;
import uk.probationcareers.pay.FigureBasis;
import uk.probationcareers.pay.PayBand;
import uk.probationcareers.pay.PayBandRules;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.pay.PayYear;

@Controller
@RequestMapping("/admin/pay-bands")
class PayBandAdminController extends CatalogueAdminController<PayBand, PayBandForm> {

	/** The field each pay rule's breach is shown against. */
	private static final Map<String, String> RULE_FIELDS = Map.of("pay.rule.notHeldHasFigure", "awardStatus",
			"pay.rule.figureNeedsMinimum", "minimumPay", "pay.rule.figureNeedsPayYear", "payYear",
			"pay.rule.figureNeedsBasis", "figureBasis", "pay.rule.maximumBelowMinimum", "maximumPay",
			"pay.rule.earlierYearNeedsLaterPendingAward", "pendingAwardYear", "pay.rule.agreedWhileLaterAwardPending",
			"awardStatus", "pay.rule.pendingAwardNotUnsettled", "pendingAwardYear",
			"pay.rule.pendingAwardOnlyForEarlierYearRates", "pendingAwardYear");

	private final PayBandAdmin bands;

	private final SourceChoices sources;

	PayBandAdminController(PayBandAdmin bands, SourceChoices sources, MessageSource messages) {
		super("pay-bands", bands, messages);
		this.bands = bands;
		this.sources = sources;
	}

	@Override
	protected PayBandForm emptyForm() {
		return new PayBandForm();
	}

	@Override
	protected String fieldsTemplate() {
		return "pay/admin/pay-band-fields";
	}

	@Override
	protected void addChoices(Model model) {
		model.addAttribute("statuses", List.of(AwardStatus.values()));
		Map<String, String> bases = new LinkedHashMap<>();
		bases.put("", message("admin.pay-bands.basis.none"));
		for (FigureBasis basis : FigureBasis.values()) {
			bases.put(basis.name(), message("admin.pay-bands.basis." + basis));
		}
		model.addAttribute("bases", bases);
		Map<String, String> pending = new LinkedHashMap<>();
		pending.put("", message("admin.pay-bands.pending.none"));
		this.bands.unsettledAwardYears().forEach((year) -> pending.put(year, year));
		model.addAttribute("pendingAwards", pending);
		model.addAttribute("sources", this.sources.options(message("admin.form.choose")));
	}

	@Override
	protected void check(PayBandForm form, Long id, Errors errors) {
		String payYear = form.getPayYear();
		if (payYear != null && !errors.hasFieldErrors("payYear") && !PayYear.isValid(payYear)) {
			errors.rejectValue("payYear", "admin.pay-bands.payYear.format");
		}
		if (form.getSource() == null || form.getSource().isBlank()) {
			errors.rejectValue("source", "admin.pay-bands.source.required");
		}
		else if (this.sources.find(form.getSource()).filter((source) -> source.getDateChecked() != null).isEmpty()) {
			errors.rejectValue("source", "admin.pay-bands.source.unchecked");
		}
		DateInput.check(errors, "effectiveDate", form.getEffectiveDate(), false, null);
		if (form.getAwardStatus() == null) {
			return;
		}
		List<String> breaches = PayBandRules.breaches(payYear, form.getMinimumPay(), form.getMaximumPay(),
				form.getAwardStatus(), form.getPendingAwardYear(), form.getFigureBasis(),
				this.bands.unsettledAwardYears());
		for (String breach : breaches) {
			String field = RULE_FIELDS.getOrDefault(breach, "awardStatus");
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, breach);
			}
		}
	}

}
