package uk.probationcareers.role;

import java.util.List;

import org.springframework.stereotype.Component;
import uk.probationcareers.routes.RouteDestinations;

@Component
class RoleRouteDestinations implements RouteDestinations {

	private final RoleCatalogue catalogue;

	RoleRouteDestinations(RoleCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<Destination> rolesLedTo(String routeCode) {
		return this.catalogue.rolesByRoute()
			.getOrDefault(routeCode, List.of())
			.stream()
			.map((role) -> new Destination(role.slug(), role.title()))
			.toList();
	}

}
