package uk.probationcareers.routes.admin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.support.AdminPagesTest;
import java.time.Clock;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RecruitmentWindowAdminTest extends AdminPagesTest {

	@Autowired
	Clock clock;

	MockHttpServletRequestBuilder window(String intake, LocalDate opens, LocalDate closes) {
		MockHttpServletRequestBuilder request = postChange("/admin/recruitment-windows/new", "route", "pqip-21-month",
				"intake", intake, "source", "hmpps-pqip-advert");
		date(request, "dateChecked", LocalDate.now(this.clock));
		date(request, "opensOn", opens);
		date(request, "closesOn", closes);
		return request;
	}

	private static void date(MockHttpServletRequestBuilder request, String field, LocalDate date) {
		if (date != null) {
			request.param(field + ".day", String.valueOf(date.getDayOfMonth()))
				.param(field + ".month", String.valueOf(date.getMonthValue()))
				.param(field + ".year", String.valueOf(date.getYear()));
		}
	}

	@Test
	void aSavedWindowOpenTodayOpensTheRouteOnThePublicPageAtOnce() throws Exception {
		LocalDate closes = LocalDate.now(this.clock).plusDays(14);
		String shown = "Open now: applications close on "
				+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(closes);
		this.mvc.perform(get("/routes/pqip-21-month")).andExpect(content().string(not(containsString(shown))));
		this.mvc.perform(window("Admin test intake", LocalDate.now(this.clock).minusDays(1), closes))
			.andExpect(redirectedUrl("/admin/recruitment-windows"));
		this.mvc.perform(get("/routes/pqip-21-month")).andExpect(content().string(containsString(shown)));
		this.mvc.perform(get("/admin/recruitment-windows"))
			.andExpect(content().string(containsString("Admin test intake")));
	}

	@Test
	void aWindowThatClosesBeforeItOpensOrHasNoDatesIsRefusedWithWhatWasTyped() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		this.mvc.perform(window("Backwards intake", today, today.minusDays(3)))
			.andExpect(status().isBadRequest())
			.andExpect(
					content().string(containsString("The closing date must be the same as or after the opening date")))
			.andExpect(content().string(containsString("value=\"Backwards intake\"")));
		this.mvc.perform(window("Dateless intake", null, null))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter at least one date")));
	}

}
