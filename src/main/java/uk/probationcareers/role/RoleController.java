package uk.probationcareers.role;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import uk.probationcareers.system.RetiredCodes;

@Controller
class RoleController {

	private static final String ROLE_LIST = "role/list";

	private static final String ROLE_PROFILE = "role/profile";

	private static final String ROLE_WITHDRAWN = "role/withdrawn";

	private final RoleCatalogue catalogue;

	private final List<ProfileExtras> extras;

	private final RetiredCodes retired;

	RoleController(RoleCatalogue catalogue, List<ProfileExtras> extras, RetiredCodes retired) {
		this.catalogue = catalogue;
		this.extras = extras;
		this.retired = retired;
	}

	@GetMapping("/roles")
	String listRoles(Model model) {
		model.addAttribute("groups", RoleGroupView.groupAll(this.catalogue.publishedRoles()));
		return ROLE_LIST;
	}

	/**
	 * A published role's profile; a withdrawn role answers 410 Gone with the reason and
	 * where to look instead, and a slug the role had before answers 301 with its current
	 * address.
	 */
	@GetMapping("/roles/{slug}")
	String showRole(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		Optional<RoleProfile> profile = this.catalogue.profile(slug);
		if (profile.isEmpty()) {
			Optional<Withdrawal> withdrawn = this.catalogue.withdrawal(slug);
			if (withdrawn.isEmpty()) {
				return this.retired.current(RetiredCodes.Kind.ROLE, slug)
					.map((current) -> RetiredCodes.movedPermanently(request, response, "/roles/" + current))
					.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			}
			Withdrawal withdrawal = withdrawn.get();
			model.addAttribute("withdrawal", withdrawal);
			response.setStatus(HttpStatus.GONE.value());
			return ROLE_WITHDRAWN;
		}
		model.addAttribute("role", profile.get());
		model.addAttribute("changes", this.catalogue.changes(slug));
		this.extras.forEach((extra) -> extra.addTo(slug, model));
		return ROLE_PROFILE;
	}

}
