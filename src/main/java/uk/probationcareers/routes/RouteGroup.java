package uk.probationcareers.routes;

import java.util.ArrayList;
import java.util.List;

import uk.probationcareers.catalogue.Nation;

/**
 * The routes into one part of the UK's probation work, for the route list. A route open
 * in several parts is listed under each.
 */
record RouteGroup(String key, List<RouteView> routes) {

	private static final List<String> KEYS = List.of("england-wales", "scotland", "northern-ireland");

	static List<RouteGroup> groupAll(List<RouteView> routes) {
		List<RouteGroup> groups = new ArrayList<>();
		for (String key : KEYS) {
			List<RouteView> inGroup = routes.stream().filter((route) -> belongs(route, key)).toList();
			if (!inGroup.isEmpty()) {
				groups.add(new RouteGroup(key, inGroup));
			}
		}
		return groups;
	}

	private static boolean belongs(RouteView route, String key) {
		return switch (key) {
			case "england-wales" -> route.nations().contains(Nation.ENGLAND) || route.nations().contains(Nation.WALES);
			case "scotland" -> route.nations().contains(Nation.SCOTLAND);
			default -> route.nations().contains(Nation.NORTHERN_IRELAND);
		};
	}

}
