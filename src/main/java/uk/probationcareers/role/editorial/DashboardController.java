package uk.probationcareers.role.editorial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.probationcareers.admin.ChangeChecks;

/**
 * The admin home: what needs a reviewer, a second look or a fresh check, each linking to
 * where it is fixed, the catalogue changes waiting for a second person, and links to what
 * waits elsewhere (such as reports from readers).
 */
@Controller
class DashboardController {

	private static final String DASHBOARD = "role/editorial/dashboard";

	private final Dashboard dashboard;

	private final ChangeChecks checks;

	private final List<DashboardLink> links;

	DashboardController(Dashboard dashboard, ChangeChecks checks, List<DashboardLink> links) {
		this.dashboard = dashboard;
		this.checks = checks;
		this.links = links;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		Map<String, List<DashboardItem>> panels = new LinkedHashMap<>();
		panels.put("awaitingReview", this.dashboard.awaitingReview());
		panels.put("secondLook", this.dashboard.awaitingSecondLook());
		panels.put("recentlyPublished", this.dashboard.recentlyPublished());
		panels.put("notReviewed", this.dashboard.profilesNotReviewed());
		panels.put("payAward", this.dashboard.payAwardsToRecheck());
		panels.put("pay", this.dashboard.payToCheck());
		panels.put("sources", this.dashboard.sourcesNotChecked());
		panels.put("recruitment", this.dashboard.recruitmentPassed());
		model.addAttribute("panels", panels);
		model.addAttribute("catalogueChecks", this.checks.waiting());
		model.addAttribute("links", this.links);
		return DASHBOARD;
	}

}
