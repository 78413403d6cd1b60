package uk.probationcareers.role.editorial;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit trail links every row to {@code /admin/{type}/{id}/edit}; for an edition that
 * is its page.
 */
@Controller
class AuditLinkController {

	private final EditorialService editorial;

	AuditLinkController(EditorialService editorial) {
		this.editorial = editorial;
	}

	@GetMapping("/admin/" + EditorialService.RECORD_TYPE + "/{id}/edit")
	String edition(@PathVariable long id) {
		EditionRow edition = this.editorial.edition(id);
		return "redirect:/admin/roles/" + edition.slug() + "/editions/" + edition.number();
	}

}
