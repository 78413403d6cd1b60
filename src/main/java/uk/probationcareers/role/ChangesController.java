package uk.probationcareers.role;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import uk.probationcareers.system.SiteAddress;

/**
 * Recent changes: every major change across the site, newest first, as a page and as an
 * Atom feed advisers can subscribe to.
 */
@Controller
class ChangesController {

	private static final String CHANGES = "role/changes";

	private final RoleCatalogue catalogue;

	private final ChangesFeed feed;

	ChangesController(RoleCatalogue catalogue, MessageSource messages, SiteAddress site) {
		this.catalogue = catalogue;
		this.feed = new ChangesFeed(site, messages);
	}

	@GetMapping("/changes")
	String changes(Model model) {
		model.addAttribute("changes", this.catalogue.allChanges());
		return CHANGES;
	}

	@GetMapping("/changes.atom")
	ModelAndView feed() {
		return new ModelAndView(this.feed, ChangesFeed.CHANGES, this.catalogue.allChanges());
	}

}
