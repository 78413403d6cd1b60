package uk.probationcareers.routes;

import java.util.List;

/**
 * The published roles an entry route leads to, supplied by the role profiles that name
 * it, so that this package never depends on them.
 */
public interface RouteDestinations {

	List<Destination> rolesLedTo(String routeCode);

	record Destination(String slug, String title) {
	}

}
