package uk.probationcareers.admin;

import java.text.NumberFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminPagesTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public pages are cached, but a saved change shows on the very next request.
 */
class PublicPagesShowChangesTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSavedPayBandChangeShowsOnTheRolePageAndThePayPageAtOnce() throws Exception {
		long id = this.jdbc.queryForObject("select id from pay_band where code = 'probation-band-3'", Long.class);
		String version = this.jdbc.queryForObject("select version from pay_band where id = ?", String.class, id);
		String source = this.jdbc.queryForObject(
				"select s.code from source s join pay_band b on b.source_id = s.id where b.id = ?", String.class, id);
		String note = this.jdbc.queryForObject("select note from pay_band where id = ?", String.class, id);
		int maximum = this.jdbc.queryForObject("select maximum_pay from pay_band where id = ?", Integer.class, id) + 7;
		String shown = NumberFormat.getCurrencyInstance(Locale.UK).format(maximum).replace(".00", "");
		this.mvc.perform(get("/roles/probation-service-officer"))
			.andExpect(content().string(not(containsString(shown))));
		this.mvc.perform(get("/pay")).andExpect(content().string(not(containsString(shown))));

		this.mvc
			.perform(postChange("/admin/pay-bands/" + id + "/edit", "version", version, "code", "probation-band-3",
					"organisation", "Probation Service (HMPPS)", "band", "Band 3", "payYear", "2024/25", "minimumPay",
					"26475", "maximumPay", String.valueOf(maximum), "awardStatus", "EARLIER_YEAR_RATES",
					"pendingAwardYear", "2025/26", "figureBasis", "JOB_ADVERT", "source", source, "note", note))
			.andExpect(redirectedUrl("/admin/pay-bands"));

		this.mvc.perform(get("/roles/probation-service-officer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(shown)));
		this.mvc.perform(get("/pay")).andExpect(content().string(containsString(shown)));
	}

	@Test
	void aNewPayAwardEventShowsOnThePayPageAtOnceAndAnEndBeforeItsStartIsRefused() throws Exception {
		this.mvc.perform(get("/pay")).andExpect(content().string(not(containsString("Ballot result announced"))));
		String[] event = { "award", "2025/26", "kind", "STATEMENT", "eventDate.day", "20", "eventDate.month", "11",
				"eventDate.year", "2026", "description", "Ballot result announced", "source", "napo" };
		this.mvc
			.perform(postChange("/admin/pay-award-events/new", event).param("endDate.day", "1")
				.param("endDate.month", "11")
				.param("endDate.year", "2026"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The end date must be the same as or after the date")));
		this.mvc.perform(postChange("/admin/pay-award-events/new", event))
			.andExpect(redirectedUrl("/admin/pay-award-events"));
		this.mvc.perform(get("/pay")).andExpect(content().string(containsString("Ballot result announced")));
	}

}
