package uk.probationcareers.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The site-wide audit trail, newest first, a page at a time. Read only: there is no
 * handler that changes or removes an entry.
 */
@Controller
class AuditController {

	private static final String AUDIT = "admin/audit/list";

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.audit.newestFirst(page));
		return AUDIT;
	}

}
