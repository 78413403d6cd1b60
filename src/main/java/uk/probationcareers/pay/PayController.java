package uk.probationcareers.pay;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class PayController {

	private static final String PAY_PAGE = "pay/index";

	private final PayCatalogue catalogue;

	PayController(PayCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/pay")
	String showPay(Model model) {
		model.addAttribute("overview", this.catalogue.overview());
		return PAY_PAGE;
	}

}
