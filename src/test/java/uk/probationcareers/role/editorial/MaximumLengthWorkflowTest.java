package uk.probationcareers.role.editorial;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A role whose title is as long as the form allows goes through every workflow step: its
 * audit label, longer than the audit column, is cut short with an ellipsis, never
 * failing.
 */
class MaximumLengthWorkflowTest extends AdminPagesTest {

	static final String SLUG = "role-with-the-longest-title-allowed";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRoleWithATitleOfTheMaximumLengthGoesThroughTheWholeWorkflow() throws Exception {
		String title = "A".repeat(199) + "Z";
		String edition = "/admin/roles/" + SLUG + "/editions/1";
		this.mvc
			.perform(as("alice",
					postForm("/admin/roles/new", "slug", SLUG, "group", "RELATED", "title", title, "summary",
							"A role with the longest title.", "nations", "ENGLAND")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(as("alice", postForm(edition + "/submit", "note", "Please look.")))
			.andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/send-back", "version", editionVersion(edition), "comment", "One more look.")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MAJOR",
							"changeNote", "New role.")))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/roles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		assertThat(this.jdbc.queryForList("SELECT record_label FROM audit_entry WHERE record_label LIKE 'AAAA%'",
				String.class))
			.hasSize(5)
			.allSatisfy((label) -> assertThat(label).hasSize(200).startsWith("AAAA").endsWith("…"));
	}

	private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles("EDITOR"));
	}

}
