package uk.probationcareers.routes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every entry route into view records, with recruitment worked out for today. Kept
 * for a few seconds, like the other published views, and emptied by a catalogue save.
 */
@Service
@Transactional(readOnly = true)
public class RouteCatalogue {

	private final EntryRouteRepository routes;

	private final RouteViews views;

	private final RecruitmentWindowRepository windows;

	RouteCatalogue(EntryRouteRepository routes, RouteViews views, RecruitmentWindowRepository windows) {
		this.routes = routes;
		this.views = views;
		this.windows = windows;
	}

	@Cacheable("entryRoutes")
	public List<RouteView> routes() {
		return this.views.of(this.routes.findAllWithSources());
	}

	/**
	 * Every recruitment window held, past and future, by route code, in the order they
	 * were added.
	 */
	public Map<String, List<WindowView>> windowsByRoute() {
		return this.windows.findAllWithRoutes()
			.stream()
			.collect(Collectors.groupingBy((window) -> window.getEntryRoute().getCode(), LinkedHashMap::new,
					Collectors.mapping(WindowView::of, Collectors.toUnmodifiableList())));
	}

	public static Optional<RouteView> find(List<RouteView> routes, String code) {
		return routes.stream().filter((route) -> route.code().equals(code)).findFirst();
	}

}
