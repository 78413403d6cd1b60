package uk.probationcareers.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class AdminDashboardController {

	private static final String DASHBOARD = "admin/dashboard";

	@GetMapping("/admin")
	String dashboard() {
		return DASHBOARD;
	}

}
