package uk.probationcareers.routes;

import java.util.List;
import java.util.Optional;

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

	RouteCatalogue(EntryRouteRepository routes, RouteViews views) {
		this.routes = routes;
		this.views = views;
	}

	@Cacheable("entryRoutes")
	public List<RouteView> routes() {
		return this.views.of(this.routes.findAllWithSources());
	}

	public static Optional<RouteView> find(List<RouteView> routes, String code) {
		return routes.stream().filter((route) -> route.code().equals(code)).findFirst();
	}

}
