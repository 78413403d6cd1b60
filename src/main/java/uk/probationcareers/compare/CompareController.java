package uk.probationcareers.compare;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleGroupView;
import uk.probationcareers.role.RoleProfile;
import uk.probationcareers.role.RoleSummary;
import uk.probationcareers.system.RetiredCodes;
import uk.probationcareers.system.SiteAddress;

/**
 * Compares 2 to 4 published roles side by side, as a page and as a spreadsheet. Anything
 * else asked for gets the chooser again, with the problem explained, and status 400.
 */
@Controller
class CompareController {

	static final String CHOOSER = "compare/choose";

	static final String RESULT = "compare/result";

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType PLAIN_TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private final RoleCatalogue catalogue;

	private final Wording wording;

	private final SiteAddress site;

	private final RetiredCodes retired;

	CompareController(RoleCatalogue catalogue, MessageSource messages, SiteAddress site, RetiredCodes retired) {
		this.catalogue = catalogue;
		this.wording = Wording.of(messages);
		this.site = site;
		this.retired = retired;
	}

	@GetMapping("/compare")
	String compare(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		List<RoleSummary> published = this.catalogue.publishedRoles();
		Optional<String> moved = renamed(request, params, slugs(published));
		if (moved.isPresent()) {
			return RetiredCodes.movedPermanently(request, response, moved.get());
		}
		RoleSelection selection = RoleSelection.parse(params.get("roles"), slugs(published));
		Optional<Comparison> comparison = compare(selection);
		if (comparison.isEmpty()) {
			if (selection.asked()) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				selection = selection.isValid() ? selection.withUnknownRole() : selection;
			}
			model.addAttribute("chooser",
					new Chooser(RoleGroupView.groupAll(published), selection.slugs(), selection.errorKey()));
			return CHOOSER;
		}
		boolean differencesOnly = differencesOnly(params);
		model.addAttribute("comparison", comparison.get());
		model.addAttribute("rows", comparison.get().rows(differencesOnly));
		model.addAttribute("differencesOnly", differencesOnly);
		model.addAttribute("links", ResultLinks.of(selection.slugs(), differencesOnly, this.site));
		model.addAttribute("today", LocalDate.now(UK));
		return RESULT;
	}

	@GetMapping("/compare.csv")
	ResponseEntity<String> spreadsheet(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request) {
		List<String> published = slugs(this.catalogue.publishedRoles());
		Optional<String> moved = renamed(request, params, published);
		if (moved.isPresent()) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(moved.get()))
				.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
				.build();
		}
		RoleSelection selection = RoleSelection.parse(params.get("roles"), published);
		Optional<Comparison> comparison = compare(selection);
		if (comparison.isEmpty()) {
			String body = this.wording.text("compare.csv.problem", this.wording.text(problemKey(selection)));
			return ResponseEntity.badRequest().contentType(PLAIN_TEXT).body(body + "\n");
		}
		String csv = new ComparisonCsv(this.wording).write(comparison.get(), differencesOnly(params));
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("role-comparison.csv").build().toString())
			.body(csv);
	}

	/**
	 * The same address with every role asked for by a slug it had before written with its
	 * current slug; empty when no role asked for has moved.
	 */
	private Optional<String> renamed(HttpServletRequest request, MultiValueMap<String, String> params,
			List<String> published) {
		List<String> asked = RoleSelection.asked(params.get("roles"));
		if (asked.size() > RoleSelection.MAXIMUM) {
			return Optional.empty();
		}
		List<String> current = new ArrayList<>();
		boolean moved = false;
		for (String slug : asked) {
			Optional<String> now = published.contains(slug) ? Optional.empty()
					: this.retired.current(RetiredCodes.Kind.ROLE, slug);
			moved |= now.isPresent();
			current.add(now.orElse(slug));
		}
		if (!moved) {
			return Optional.empty();
		}
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>(params);
		query.put("roles", List.of(String.join(",", current)));
		return Optional.of(UriComponentsBuilder.fromPath(request.getRequestURI())
			.queryParams(query)
			.encode()
			.build()
			.toUriString());
	}

	private Optional<Comparison> compare(RoleSelection selection) {
		if (!selection.isValid()) {
			return Optional.empty();
		}
		List<RoleProfile> profiles = new ArrayList<>();
		for (String slug : selection.slugs()) {
			Optional<RoleProfile> profile = this.catalogue.profile(slug);
			if (profile.isEmpty()) {
				return Optional.empty();
			}
			profiles.add(profile.get());
		}
		return Optional.of(new RoleComparer(this.wording).compare(profiles, this.catalogue.careerPathLinks()));
	}

	private static String problemKey(RoleSelection selection) {
		if (!selection.asked()) {
			return "compare.error.none";
		}
		return selection.isValid() ? "compare.error.unknown" : selection.errorKey();
	}

	private static List<String> slugs(List<RoleSummary> roles) {
		return roles.stream().map(RoleSummary::slug).toList();
	}

	private static boolean differencesOnly(MultiValueMap<String, String> params) {
		return "only".equals(params.getFirst("differences"));
	}

}
