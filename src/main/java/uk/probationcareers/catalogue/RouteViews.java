package uk.probationcareers.catalogue;

import java.time.Clock;
import java.time.LocalDate;

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

	public RouteView of(EntryRoute route) {
		return RouteView.of(route, this.windows.findByRoute(route), LocalDate.now(this.clock));
	}

}
