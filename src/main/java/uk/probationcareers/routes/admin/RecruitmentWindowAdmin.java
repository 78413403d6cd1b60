package uk.probationcareers.routes.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import uk.probationcareers.admin.AuditTrail;
import uk.probationcareers.admin.CatalogueService;
import uk.probationcareers.admin.ListRow;
import uk.probationcareers.admin.Usage;
import uk.probationcareers.catalogue.admin.SourceChoices;
import uk.probationcareers.routes.RecruitmentWindow;

/**
 * The dated recruitment windows of each entry route. Nothing else uses a window, so any
 * can be deleted; the public pages work out from them whether a route is open.
 */
@Service
class RecruitmentWindowAdmin extends CatalogueService<RecruitmentWindow, RecruitmentWindowForm> {

	private final RecruitmentWindowAdminRepository windows;

	private final SourceChoices sources;

	RecruitmentWindowAdmin(RecruitmentWindowAdminRepository windows, SourceChoices sources, AuditTrail audit,
			ApplicationEventPublisher publisher) {
		super("recruitment-windows", windows, audit, publisher);
		this.windows = windows;
		this.sources = sources;
	}

	@Override
	public List<ListRow> list() {
		return this.windows.findAllInOrder()
			.stream()
			.map((window) -> new ListRow(window.getId(), window.getEntryRoute().getCode(),
					window.getIntake() + ": " + describe(window)))
			.toList();
	}

	private static String describe(RecruitmentWindow window) {
		return "opens " + Objects.toString(window.getOpensOn(), "?") + ", closes "
				+ Objects.toString(window.getClosesOn(), "?") + ", starts "
				+ Objects.toString(window.getStartsOn(), "?");
	}

	Map<String, String> routeOptions(String blankChoice) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", blankChoice);
		this.windows.findRoutes().forEach((route) -> options.put(route.getCode(), route.getName()));
		return options;
	}

	boolean routeExists(String code) {
		return this.windows.findRoute(code).isPresent();
	}

	@Override
	protected RecruitmentWindow newRow() {
		return new RecruitmentWindow();
	}

	@Override
	protected RecruitmentWindowForm formOf(RecruitmentWindow window) {
		return RecruitmentWindowForm.of(window);
	}

	@Override
	protected void apply(RecruitmentWindowForm form, RecruitmentWindow window) {
		window.describe(this.windows.findRoute(form.getRoute()).orElseThrow(), form.getIntake().strip(),
				form.getOpensOn().toDate(), form.getClosesOn().toDate(), form.getStartsOn().toDate(),
				this.sources.find(form.getSource()).orElseThrow(), form.getDateChecked().toDate());
	}

	@Override
	protected Optional<RecruitmentWindow> findByCode(String code) {
		return Optional.empty();
	}

	@Override
	protected List<Usage> usages(RecruitmentWindow window) {
		return List.of();
	}

}
