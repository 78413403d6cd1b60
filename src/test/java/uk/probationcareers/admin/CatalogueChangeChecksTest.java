package uk.probationcareers.admin;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Four eyes on every public catalogue change: each change says why, goes live at once and
 * waits on the dashboard until someone who made none of the row's waiting changes checks
 * it, against the newest change they saw.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "site.test-database=catalogue-change-checks")
class CatalogueChangeChecksTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChangeWithoutAReasonIsRefusedWithTheErrorSummaryAndTheInputKept() throws Exception {
		this.mvc.perform(postForm("/admin/skills/new", "code", "no-reason", "name", "Kept name"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#reason\">Enter why you are making this change")))
			.andExpect(content().string(containsString("id=\"reason-error\"")))
			.andExpect(content().string(containsString("value=\"Kept name\"")))
			.andExpect(content().string(containsString("Why are you making this change?")));
		this.mvc
			.perform(postForm("/admin/skills/new", "code", "long-reason", "name", "Name", "reason", "x".repeat(501)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#reason\">Enter no more than 500 characters")))
			.andExpect(content().string(containsString("x".repeat(501))));
		this.mvc.perform(postForm("/admin/skills/new", "code", "bell-reason", "name", "Name", "reason", "Ring\u0007"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#reason\"")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from skill where code in ('no-reason', 'long-reason', 'bell-reason')", Long.class))
			.isZero();
	}

	@Test
	void aDeletionWithoutAReasonIsRefusedAndTheRowKept() throws Exception {
		long id = newSkill("kept-without-reason", "alice");
		this.mvc.perform(postForm("/admin/skills/" + id + "/delete", "reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<title>Error: ")))
			.andExpect(content().string(containsString("href=\"#reason\">Enter why you are making this change")));
		assertThat(this.jdbc.queryForObject("select count(*) from skill where id = ?", Long.class, id)).isOne();
		this.mvc.perform(as("alice", postForm("/admin/skills/" + id + "/delete", "reason", "Added by mistake")))
			.andExpect(redirectedUrl("/admin/skills"));
		assertThat(this.jdbc.queryForObject("select count(*) from skill where id = ?", Long.class, id)).isZero();
		this.mvc.perform(get("/admin").with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("Added by mistake")));
	}

	@Test
	void aChangeIsLiveAtOnceAndWaitsOnTheDashboardUntilSomeoneElseChecksIt(CapturedOutput output) throws Exception {
		long id = newSkill("checked-skill", "alice");
		this.mvc.perform(get("/search").param("q", "Checked skill name")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select name from skill where id = ?", String.class, id))
			.isEqualTo("Checked skill name");
		long entry = newestEntry(id);

		this.mvc.perform(get("/admin").with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("Catalogue changes waiting for a second look")))
			.andExpect(content().string(containsString("Why:")))
			.andExpect(content().string(containsString("Because the test says so")))
			.andExpect(content().string(containsString("Checked skill name")))
			.andExpect(content().string(containsString("name=\"entry\" value=\"" + entry + "\"")))
			.andExpect(content().string(containsString("I have checked this change")));
		this.mvc.perform(get("/admin").with(user("alice").roles("EDITOR")))
			.andExpect(content().string(containsString("You made a change here, so someone else must check it.")))
			.andExpect(content().string(not(containsString("name=\"entry\" value=\"" + entry + "\""))));

		this.mvc.perform(as("alice", check(entry)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("you cannot check them")));
		assertThat(output).contains("Check refused (403 admin.checks.refused.ownChange) for 'alice'");
		assertThat(waiting(id)).containsExactly(entry);

		this.mvc.perform(as("bob", check(entry))).andExpect(redirectedUrl("/admin#dashboard-catalogueChecks"));
		assertThat(waiting(id)).isEmpty();
		assertThat(this.jdbc.queryForList(
				"select action || ' ' || username || ' ' || checked_entry_id from audit_entry where record_type = 'skills'"
						+ " and record_id = ? and action = 'CHECK'",
				String.class, id))
			.containsExactly("CHECK bob " + entry);
		this.mvc.perform(get("/admin/skills/" + id + "/edit"))
			.andExpect(content().string(containsString("Checked by a second person")));
		this.mvc.perform(as("carol", check(entry)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else has already checked this change.")));
	}

	@Test
	void aCheckOfAChangeThatIsNoLongerTheNewestIsAConflictAndTheNewerChangeWaits() throws Exception {
		long id = newSkill("changed-twice", "alice");
		long first = newestEntry(id);
		this.mvc
			.perform(as("bob",
					postForm("/admin/skills/" + id + "/edit", "version", "0", "code", "changed-twice", "name",
							"Renamed by bob", "reason", "The name was wrong")))
			.andExpect(redirectedUrl("/admin/skills"));
		long second = newestEntry(id);

		this.mvc.perform(as("carol", check(first)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This has been changed again since you looked at it.")))
			.andExpect(content().string(containsString("The name was wrong")))
			.andExpect(content().string(containsString("Renamed by bob")))
			.andExpect(content().string(containsString("name=\"entry\" value=\"" + second + "\"")));
		assertThat(waiting(id)).containsExactly(first, second);

		this.mvc.perform(as("alice", check(second))).andExpect(status().isForbidden());
		this.mvc.perform(as("bob", check(second))).andExpect(status().isForbidden());
		assertThat(waiting(id)).containsExactly(first, second);

		this.mvc.perform(as("carol", check(second))).andExpect(redirectedUrl("/admin#dashboard-catalogueChecks"));
		assertThat(waiting(id)).isEmpty();
	}

	@Test
	void aCheckNeedsTheFormsCsrfTokenAndAKnownChange() throws Exception {
		long id = newSkill("needs-token", "alice");
		long entry = newestEntry(id);
		this.mvc.perform(post("/admin/checks").param("entry", String.valueOf(entry)).with(user("bob").roles("EDITOR")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("bob", check(999_999_999L))).andExpect(status().isNotFound());
		assertThat(waiting(id)).containsExactly(entry);
	}

	@Test
	void anUpdateThatChangesNothingNeitherIsRecordedNorWaits() throws Exception {
		long id = newSkill("unchanged", "alice");
		this.mvc.perform(as("alice", check(newestEntry(id)))).andExpect(status().isForbidden());
		this.mvc.perform(as("bob", check(newestEntry(id))))
			.andExpect(redirectedUrl("/admin#dashboard-catalogueChecks"));
		this.mvc
			.perform(as("alice",
					postForm("/admin/skills/" + id + "/edit", "version", "0", "code", "unchanged", "name",
							"Checked skill name", "description", "Because the test says so", "reason", "No change")))
			.andExpect(redirectedUrl("/admin/skills"));
		assertThat(waiting(id)).isEmpty();
	}

	long newSkill(String code, String username) throws Exception {
		this.mvc
			.perform(as(username,
					postForm("/admin/skills/new", "code", code, "name", "Checked skill name", "description",
							"Because the test says so", "reason", "Because the test says so")))
			.andExpect(redirectedUrl("/admin/skills"));
		return this.jdbc.queryForObject("select id from skill where code = ?", Long.class, code);
	}

	long newestEntry(long skillId) {
		return this.jdbc.queryForObject(
				"select max(id) from audit_entry where record_type = 'skills' and record_id = ? and action <> 'CHECK'",
				Long.class, skillId);
	}

	List<Long> waiting(long skillId) {
		return this.jdbc.queryForList("select entry_id from change_awaiting_check where record_type = 'skills'"
				+ " and record_id = ? order by entry_id", Long.class, skillId);
	}

	static MockHttpServletRequestBuilder check(long entry) {
		return postForm("/admin/checks", "entry", String.valueOf(entry));
	}

	static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles("EDITOR"));
	}

}
