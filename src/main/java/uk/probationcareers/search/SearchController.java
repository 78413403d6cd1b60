package uk.probationcareers.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.probationcareers.role.RoleCatalogue;

/**
 * {@code /search?q=}: the GOV.UK search pattern. Any text is a valid query (it is cut to
 * its longest length, never refused); no query shows the empty search page.
 */
@Controller
class SearchController {

	static final String VIEW = "search/results";

	private final SiteSearch search;

	private final RoleCatalogue roles;

	SearchController(SiteSearch search, RoleCatalogue roles) {
		this.search = search;
		this.roles = roles;
	}

	@GetMapping("/search")
	String search(@RequestParam(name = "q", required = false) String query, Model model) {
		SearchResults results = this.search.search(query);
		model.addAttribute("results", results);
		if (results.searched() && results.hits().isEmpty()) {
			model.addAttribute("roles", this.roles.publishedRoles());
		}
		return VIEW;
	}

}
