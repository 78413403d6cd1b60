package uk.probationcareers.pay;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.catalogue.SourceView;
import uk.probationcareers.pay.PayOverview.Award;
import uk.probationcareers.pay.PayOverview.Band;
import uk.probationcareers.pay.PayOverview.Event;

/**
 * Reads every pay band and pay award into view records, cached like the role catalogue.
 */
@Service
@Transactional(readOnly = true)
public class PayCatalogue {

	private final PayRepository pay;

	PayCatalogue(PayRepository pay) {
		this.pay = pay;
	}

	@Cacheable("payOverview")
	public PayOverview overview() {
		Map<String, List<BandRole>> rolesByBand = this.pay.findLiveRolesByBand()
			.stream()
			.collect(Collectors.groupingBy(BandRole::bandCode));
		List<Band> bands = this.pay.findAllBands()
			.stream()
			.map((band) -> new Band(band.getCode(), PayView.of(band),
					rolesByBand.getOrDefault(band.getCode(), List.of())))
			.toList();
		Map<String, List<Event>> eventsByYear = this.pay.findAllEvents()
			.stream()
			.collect(Collectors.groupingBy((event) -> event.getAward().getAwardYear(),
					Collectors.mapping(PayCatalogue::event, Collectors.toList())));
		List<Award> awards = this.pay.findAllAwards()
			.stream()
			.map((award) -> new Award(award.getAwardYear(), award.getOrganisation(), award.isSettled(),
					award.getSummary(), List.copyOf(eventsByYear.getOrDefault(award.getAwardYear(), List.of()))))
			.toList();
		return new PayOverview(bands, awards);
	}

	private static Event event(PayAwardEvent event) {
		return new Event(event.getEventDate(), event.getEndDate(), event.getDateLabel(), event.getKind(),
				event.getDescription(), SourceView.of(event.getSource()));
	}

}
