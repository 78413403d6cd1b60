package uk.probationcareers.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.probationcareers.search.SearchResults;
import uk.probationcareers.system.RetiredCodes;

/**
 * The open data API, version 1: the published catalogue as JSON, read-only. Each answer
 * is wrapped in an {@link Envelope}; a role or route that is not published answers 404 as
 * problem details (see {@link ApiProblems}).
 */
@RestController
@RequestMapping(Links.BASE)
@Tag(name = "catalogue")
class OpenDataController {

	private final OpenData data;

	private final RetiredCodes retired;

	OpenDataController(OpenData data, RetiredCodes retired) {
		this.data = data;
		this.retired = retired;
	}

	@GetMapping("/roles")
	@Operation(summary = "Every published role, with its key facts")
	Envelope<List<RoleListing>> roles() {
		return this.data.roles();
	}

	@GetMapping("/roles/{slug}")
	@Operation(summary = "One published role: everything its profile shows")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "404", description = "No published role has this slug",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "301", description = "The role's slug has changed: Location holds its current address")
	@ApiResponse(responseCode = "410", description = "The role was withdrawn",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	Envelope<RoleDetail> role(@Parameter(description = "The role's slug, as in /roles/{slug}",
			example = "probation-officer") @PathVariable String slug) {
		return this.data.role(slug)
			.orElseThrow(() -> this.data.withdrawal(slug)
				.<RuntimeException>map(RoleWithdrawn::new)
				.orElseGet(() -> this.retired.current(RetiredCodes.Kind.ROLE, slug)
					.<RuntimeException>map((current) -> new MovedInCatalogue(Links.BASE + "/roles/" + current))
					.orElseGet(() -> new NotInCatalogue("role", slug))));
	}

	@GetMapping("/routes")
	@Operation(summary = "Every entry route, with its rules and recruitment windows")
	Envelope<List<EntryRouteDetail>> routes() {
		return this.data.routes();
	}

	@GetMapping("/routes/{code}")
	@Operation(summary = "One entry route")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "301", description = "The route's code has changed: Location holds its current address")
	@ApiResponse(responseCode = "404", description = "No entry route has this code",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	Envelope<EntryRouteDetail> route(@Parameter(description = "The route's code, as in /routes/{code}",
			example = "pqip-15-month") @PathVariable String code) {
		return this.data.route(code)
			.orElseThrow(() -> this.retired.current(RetiredCodes.Kind.ENTRY_ROUTE, code)
				.<RuntimeException>map((current) -> new MovedInCatalogue(Links.BASE + "/routes/" + current))
				.orElseGet(() -> new NotInCatalogue("route", code)));
	}

	@GetMapping("/pay-bands")
	@Operation(summary = "Every pay band, with its pay year, status and the roles paid on it")
	Envelope<List<PayBandEntry>> payBands() {
		return this.data.payBands();
	}

	@GetMapping("/pay-awards")
	@Operation(summary = "The pay-award timeline: each year's award and its dated events")
	Envelope<List<PayAwardEntry>> payAwards() {
		return this.data.payAwards();
	}

	@GetMapping("/career-paths")
	@Operation(summary = "Every published step from one role to another")
	Envelope<List<PathLink>> careerPaths() {
		return this.data.careerPaths();
	}

	@GetMapping("/search")
	@Operation(summary = "Search the published catalogue, as the site's search page does")
	@ApiResponse(responseCode = "200", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "There is nothing to search for: q is missing or blank",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	Envelope<SearchAnswer> search(@Parameter(
			description = "The words to search for; only the first " + SearchResults.LONGEST
					+ " characters are searched",
			example = "probation officer") @RequestParam(name = "q", required = false) String query) {
		return this.data.search(query);
	}

	@GetMapping("/changes")
	@Operation(summary = "Every published major change to a role, newest first")
	Envelope<List<ChangeEntry>> changes() {
		return this.data.changes();
	}

}
