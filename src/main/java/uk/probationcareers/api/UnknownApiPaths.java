package uk.probationcareers.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other address under {@code /api/} answers 404 as problem details, not with the
 * site's HTML page. Every mapping that names a path is more specific, so this one only
 * answers what nothing else does.
 */
@Hidden
@RestController
class UnknownApiPaths {

	@GetMapping("/api/**")
	void unknown() {
		throw new NotInCatalogue("path", null);
	}

}
