package uk.probationcareers.pay.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.pay.PayBand;
import uk.probationcareers.catalogue.admin.SourceChoices;

@Service
class PayBandAdmin extends CatalogueService<PayBand, PayBandForm> {

	private final PayBandAdminRepository bands;

	private final SourceChoices sources;

	PayBandAdmin(PayBandAdminRepository bands, SourceChoices sources, AuditTrail audit,
			ApplicationEventPublisher events) {
		super("pay-bands", bands, audit, events);
		this.bands = bands;
		this.sources = sources;
	}

	@Override
	public List<ListRow> list() {
		return this.bands.findAllInOrder()
			.stream()
			.map((band) -> new ListRow(band.getId(), band.getCode(),
					band.getOrganisation() + ": " + band.getBand()
							+ ((band.getPayYear() != null) ? " (" + band.getPayYear() + ")" : "")))
			.toList();
	}

	/**
	 * The pay years whose awards are not settled: the only ones a band can name as
	 * pending.
	 */
	public List<String> unsettledAwardYears() {
		return this.bands.findUnsettledAwardYears();
	}

	@Override
	protected PayBand newRow() {
		return new PayBand();
	}

	@Override
	protected PayBandForm formOf(PayBand band) {
		return PayBandForm.of(band);
	}

	@Override
	protected void apply(PayBandForm form, PayBand band) {
		band.describe(form.getCode(), form.getOrganisation().strip(), form.getBand().strip(), form.getAllowances(),
				form.getNote());
		band.pay(form.getPayYear(), form.getMinimumPay(), form.getMaximumPay(), form.getAwardStatus(),
				form.getPendingAwardYear(), form.getFigureBasis(), this.sources.find(form.getSource()).orElseThrow(),
				form.getEffectiveDate().toDate());
	}

	@Override
	protected Optional<PayBand> findByCode(String code) {
		return this.bands.findByCode(code);
	}

	@Override
	protected List<Usage> usages(PayBand band) {
		return List.of(new Usage("admin.pay-bands.usedBy.roleEditions", this.bands.countRoleEditionsPaidOn(band)));
	}

}
