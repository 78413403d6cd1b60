package uk.probationcareers.routes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Builds route views with their recruitment worked out for today. Call it inside a
 * read-only transaction: it follows the route's lazy links.
 */
@Component
public class RouteViews {

	private final RecruitmentWindowRepository windows;

	private final Clock clock;

	RouteViews(RecruitmentWindowRepository windows, Clock clock) {
		this.windows = windows;
		this.clock = clock;
	}

	/**
	 * Views of several routes, reading all their windows in one query.
	 */
	public List<RouteView> of(List<EntryRoute> routes) {
		if (routes.isEmpty()) {
			return List.of();
		}
		Map<Long, List<RecruitmentWindow>> windows = this.windows.findByRoutes(routes)
			.stream()
			.collect(Collectors.groupingBy((window) -> window.getEntryRoute().getId()));
		LocalDate today = LocalDate.now(this.clock);
		return routes.stream()
			.map((route) -> RouteView.of(route, windows.getOrDefault(route.getId(), List.of()), today))
			.toList();
	}

}
