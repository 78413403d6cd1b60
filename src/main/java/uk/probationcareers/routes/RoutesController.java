package uk.probationcareers.routes;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

@Controller
class RoutesController {

	private final RouteCatalogue routes;

	private final RouteDestinations destinations;

	RoutesController(RouteCatalogue routes, RouteDestinations destinations) {
		this.routes = routes;
		this.destinations = destinations;
	}

	@GetMapping("/routes")
	String listRoutes(Model model) {
		model.addAttribute("groups", RouteGroup.groupAll(this.routes.routes()));
		return "routes/list";
	}

	@GetMapping("/routes/{code}")
	String showRoute(@PathVariable String code, Model model) {
		RouteView route = RouteCatalogue.find(this.routes.routes(), code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("route", route);
		model.addAttribute("roles", this.destinations.rolesLedTo(code));
		return "routes/route";
	}

}
