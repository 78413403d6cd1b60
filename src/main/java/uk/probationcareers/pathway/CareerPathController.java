package uk.probationcareers.pathway;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The career-path map, whole or narrowed to one nation or career stage. A choice that is
 * not on the form gets the form again with the problem explained, and status 400.
 */
@Controller
class CareerPathController {

	static final String MAP = "pathway/map";

	private final CareerMaps maps;

	CareerPathController(CareerMaps maps) {
		this.maps = maps;
	}

	@GetMapping("/career-paths")
	String showMap(@RequestParam(required = false) String nation, @RequestParam(required = false) String stage,
			Model model, HttpServletResponse response) {
		MapFilter filter = MapFilter.parse(nation, stage);
		model.addAttribute("filter", filter);
		if (filter.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return MAP;
		}
		model.addAttribute("map", this.maps.map(filter));
		return MAP;
	}

}
