package uk.probationcareers.users;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit trail links every row to {@code /admin/{type}/{id}/edit}; for a user that is
 * the list of users.
 */
@Controller
class UserAuditLinkController {

	@GetMapping("/admin/" + AccessAudit.USERS + "/{id}/edit")
	String user(@PathVariable long id) {
		return "redirect:/admin/users";
	}

}
