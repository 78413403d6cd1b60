package uk.probationcareers.role.editorial;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A role's web address changed by an editor: every address it had answers 301 Moved
 * Permanently with the current one, straight there, and a slug taken back is live again.
 */
@TestPropertySource(properties = "site.test-database=renamed-roles")
class RenamedRoleAddressTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyOldAddressLeadsStraightToTheCurrentOneAndASlugTakenBackIsLiveAgain() throws Exception {
		this.mvc.perform(get("/roles/probation-service-officer")).andExpect(status().isOk());
		this.mvc.perform(get("/roles/pso")).andExpect(status().isNotFound());

		rename("probation-service-officer", "pso");
		movedTo("/roles/probation-service-officer", "/roles/pso");
		this.mvc.perform(get("/roles/pso"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Probation service officer")));

		rename("pso", "probation-services-officer");
		movedTo("/roles/probation-service-officer", "/roles/probation-services-officer");
		movedTo("/roles/pso", "/roles/probation-services-officer");
		movedTo("/api/v1/roles/pso", "/api/v1/roles/probation-services-officer");

		rename("probation-services-officer", "probation-service-officer");
		this.mvc.perform(get("/roles/probation-service-officer")).andExpect(status().isOk());
		movedTo("/roles/pso", "/roles/probation-service-officer");
		movedTo("/roles/probation-services-officer", "/roles/probation-service-officer");
		assertThat(
				this.jdbc.queryForList("SELECT code FROM retired_code WHERE kind = 'role' ORDER BY code", String.class))
			.containsExactly("probation-services-officer", "pso");
	}

	@Test
	void aSlugNeverUsedAnswers404() throws Exception {
		this.mvc.perform(get("/roles/never-a-role")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/roles/never-a-role")).andExpect(status().isNotFound());
		this.mvc.perform(get("/compare?roles=never-a-role,probation-officer")).andExpect(status().isBadRequest());
	}

	@Test
	void aComparisonAndItsSpreadsheetAskedForByAnOldSlugMoveToTheCurrentOne() throws Exception {
		rename("youth-justice-worker", "youth-justice-officer");
		movedTo("/compare?roles=youth-justice-worker,probation-officer&differences=only",
				"/compare?roles=youth-justice-officer,probation-officer&differences=only");
		movedTo("/compare.csv?roles=probation-officer&roles=youth-justice-worker",
				"/compare.csv?roles=probation-officer,youth-justice-officer");
		this.mvc.perform(get("/compare?roles=youth-justice-officer,probation-officer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/roles/youth-justice-officer")));
	}

	@Test
	void theCareerMapAndRoleListLinkToTheNewAddressAndTheRenameIsAudited() throws Exception {
		this.mvc.perform(get("/career-paths"))
			.andExpect(content().string(containsString("href=\"/roles/senior-probation-officer\"")));
		rename("senior-probation-officer", "senior-probation-officer-spo");
		this.mvc.perform(get("/career-paths"))
			.andExpect(content().string(containsString("href=\"/roles/senior-probation-officer-spo\"")))
			.andExpect(content().string(not(containsString("href=\"/roles/senior-probation-officer\""))));
		this.mvc.perform(get("/roles"))
			.andExpect(content().string(containsString("href=\"/roles/senior-probation-officer-spo\"")));
		assertThat(this.jdbc.queryForList("""
				SELECT c.old_value || ' > ' || c.new_value FROM audit_change c JOIN audit_entry e ON e.id = c.entry_id
				WHERE e.record_type = 'roles' AND c.field = 'slug'""", String.class))
			.contains("senior-probation-officer > senior-probation-officer-spo");
		this.mvc.perform(get("/admin/audit"))
			.andExpect(content().string(containsString("Web address")))
			.andExpect(content().string(containsString("senior-probation-officer-spo")));
	}

	@Test
	void aBadOrTakenAddressIsRefusedWithTheInputKept() throws Exception {
		this.mvc.perform(get("/admin/roles/prison-officer/address"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"prison-officer\"")));
		this.mvc.perform(postForm("/admin/roles/prison-officer/address", "slug", "Prison Officer!"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#slug\"")))
			.andExpect(content().string(containsString("value=\"Prison Officer!\"")));
		this.mvc.perform(postForm("/admin/roles/prison-officer/address", "slug", "probation-officer"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another row already uses this code")));
		this.mvc.perform(get("/roles/prison-officer")).andExpect(status().isOk());
	}

	private void rename(String from, String to) throws Exception {
		this.mvc.perform(postForm("/admin/roles/" + from + "/address", "slug", to))
			.andExpect(redirectedUrl("/admin/roles/" + to));
	}

	private void movedTo(String from, String to) throws Exception {
		this.mvc.perform(get(from)).andExpect(status().isMovedPermanently()).andExpect(header().string("Location", to));
	}

}
