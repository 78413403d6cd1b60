package uk.probationcareers.pay.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.pay.PayAwardEvent;

/**
 * The dated events of each pay award. Nothing else uses an event, so any event can be
 * deleted.
 */
@Service
class PayAwardEventAdmin extends CatalogueService<PayAwardEvent, PayAwardEventForm> {

	private final PayAwardEventAdminRepository events;

	private final SourceChoices sources;

	PayAwardEventAdmin(PayAwardEventAdminRepository events, SourceChoices sources, AuditTrail audit,
			ApplicationEventPublisher publisher) {
		super("pay-award-events", events, audit, publisher);
		this.events = events;
		this.sources = sources;
	}

	@Override
	public List<ListRow> list() {
		return this.events.findAllInOrder()
			.stream()
			.map((event) -> new ListRow(event.getId(), event.getAward().getAwardYear(),
					event.getEventDate() + ": " + event.getDescription()))
			.toList();
	}

	public List<String> awardYears() {
		return this.events.findAwardYears();
	}

	public boolean awardExists(String awardYear) {
		return this.events.findAward(awardYear).isPresent();
	}

	@Override
	protected PayAwardEvent newRow() {
		return new PayAwardEvent();
	}

	@Override
	protected PayAwardEventForm formOf(PayAwardEvent event) {
		return PayAwardEventForm.of(event);
	}

	@Override
	protected void apply(PayAwardEventForm form, PayAwardEvent event) {
		event.update(this.events.findAward(form.getAward()).orElseThrow(), form.getEventDate().toDate(),
				form.getEndDate().toDate(), form.getDateLabel(), form.getKind(), form.getDescription().strip(),
				this.sources.find(form.getSource()).orElseThrow());
	}

	@Override
	protected Optional<PayAwardEvent> findByCode(String code) {
		return Optional.empty();
	}

	@Override
	protected List<Usage> usages(PayAwardEvent event) {
		return List.of();
	}

}
