package uk.probationcareers.routes;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.system.RetiredCodes;

@Controller
class RoutesController {

	private final RouteCatalogue routes;

	private final RouteDestinations destinations;

	private final RetiredCodes retired;

	RoutesController(RouteCatalogue routes, RouteDestinations destinations, RetiredCodes retired) {
		this.routes = routes;
		this.destinations = destinations;
		this.retired = retired;
	}

	@GetMapping("/routes")
	String listRoutes(Model model) {
		model.addAttribute("groups", RouteGroup.groupAll(this.routes.routes()));
		return "routes/list";
	}

	/**
	 * One route; a code the route had before answers 301 with its current address.
	 */
	@GetMapping("/routes/{code}")
	String showRoute(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<RouteView> found = RouteCatalogue.find(this.routes.routes(), code);
		if (found.isEmpty()) {
			return this.retired.current(RetiredCodes.Kind.ENTRY_ROUTE, code)
				.map((current) -> RetiredCodes.movedPermanently(request, response, "/routes/" + current))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		RouteView route = found.get();
		model.addAttribute("route", route);
		model.addAttribute("roles", this.destinations.rolesLedTo(code));
		return "routes/route";
	}

}
