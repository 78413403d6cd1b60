package uk.probationcareers.routes.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An entry route's code changed by an editor: every code it had answers 301 Moved
 * Permanently with the current address, straight there, and a code taken back is live
 * again.
 */
@TestPropertySource(properties = "site.test-database=renamed-routes")
class RenamedRouteAddressTest extends AdminPagesTest {

	@Autowired
	EntryRouteAdmin routes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyOldCodeLeadsStraightToTheCurrentAddressAndACodeTakenBackIsLiveAgain() throws Exception {
		long id = this.jdbc.queryForObject("SELECT id FROM entry_route WHERE code = 'pqip-21-month'", Long.class);
		this.mvc.perform(get("/routes/pqip-21-month")).andExpect(status().isOk());
		this.mvc.perform(get("/routes/pqip-long")).andExpect(status().isNotFound());

		rename(id, "pqip-long");
		movedTo("/routes/pqip-21-month", "/routes/pqip-long");
		this.mvc.perform(get("/routes/pqip-long")).andExpect(status().isOk());
		this.mvc.perform(get("/routes")).andExpect(content().string(containsString("href=\"/routes/pqip-long\"")));

		rename(id, "pqip-twenty-one-month");
		movedTo("/routes/pqip-21-month", "/routes/pqip-twenty-one-month");
		movedTo("/routes/pqip-long", "/routes/pqip-twenty-one-month");
		movedTo("/api/v1/routes/pqip-long", "/api/v1/routes/pqip-twenty-one-month");

		rename(id, "pqip-21-month");
		this.mvc.perform(get("/routes/pqip-21-month")).andExpect(status().isOk());
		movedTo("/routes/pqip-long", "/routes/pqip-21-month");
		movedTo("/routes/pqip-twenty-one-month", "/routes/pqip-21-month");
		assertThat(this.jdbc.queryForList("""
				SELECT c.old_value || ' > ' || c.new_value FROM audit_change c JOIN audit_entry e ON e.id = c.entry_id
				WHERE e.record_type = 'entry-routes' AND e.record_id = ? AND c.field = 'code'""", String.class, id))
			.contains("pqip-21-month > pqip-long", "pqip-twenty-one-month > pqip-21-month");
	}

	@Test
	void aCodeNeverUsedAnswers404AndANewRouteTakingAnOldCodeIsShownAtIt() throws Exception {
		this.mvc.perform(get("/routes/never-a-route")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/routes/never-a-route")).andExpect(status().isNotFound());
		long id = this.jdbc.queryForObject("SELECT id FROM entry_route WHERE code = 'pqip-15-month'", Long.class);
		rename(id, "pqip-short");
		movedTo("/routes/pqip-15-month", "/routes/pqip-short");
		EntryRouteForm form = this.routes.form(id);
		form.setCode("pqip-15-month");
		form.getDetails().setName("A new route at the old address");
		this.routes.create(form);
		this.mvc.perform(get("/routes/pqip-15-month"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A new route at the old address")));
		this.mvc.perform(get("/routes/pqip-short")).andExpect(status().isOk());
	}

	private void rename(long id, String code) {
		EntryRouteForm form = this.routes.form(id);
		form.setCode(code);
		this.routes.update(id, form);
	}

	private void movedTo(String from, String to) throws Exception {
		this.mvc.perform(get(from)).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", to));
	}

}
