package uk.probationcareers.catalogue.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.catalogue.Source;

@Service
public class SourceAdmin extends CatalogueService<Source, SourceForm> {

	private final SourceAdminRepository sources;

	SourceAdmin(SourceAdminRepository sources, AuditTrail audit, ApplicationEventPublisher events) {
		super("sources", sources, audit, events);
		this.sources = sources;
	}

	@Override
	public List<ListRow> list() {
		return this.sources.findAll(Sort.by("title"))
			.stream()
			.map((source) -> new ListRow(source.getId(), source.getCode(), source.getTitle()))
			.toList();
	}

	@Override
	protected Source newRow() {
		return new Source();
	}

	@Override
	protected SourceForm formOf(Source source) {
		return SourceForm.of(source);
	}

	@Override
	protected void apply(SourceForm form, Source source) {
		source.update(form.getCode(), form.getTitle().strip(), form.getPublisher().strip(), form.getUrl().strip(),
				form.getLicence(), form.getDateChecked().toDate(), form.isHomePageOnly());
	}

	@Override
	protected Optional<Source> findByCode(String code) {
		return this.sources.findByCode(code);
	}

	@Override
	protected List<Usage> usages(Source source) {
		return List.of(new Usage("admin.sources.usedBy.payBands", this.sources.countPayBandsCiting(source)),
				new Usage("admin.sources.usedBy.entryRoutes", this.sources.countEntryRoutesCiting(source)),
				new Usage("admin.sources.usedBy.roleEditions", this.sources.countRoleEditionsCiting(source)),
				new Usage("admin.sources.usedBy.payAwardEvents", this.sources.countPayAwardEventsCiting(source)));
	}

}
