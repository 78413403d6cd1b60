package uk.probationcareers.role.editorial;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A profile from draft to published over HTTP, with two editors: saving a draft leaves
 * the public site as it was, the submitter cannot approve their own edition, and
 * publishing changes the public page and shows the change note.
 */
@TestPropertySource(properties = "site.test-database=editorial-workflow")
class EditorialWorkflowTest extends AdminPagesTest {

	static final String ROLE = "/admin/roles/probation-officer";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoEditorsTakeAProfileFromDraftToPublished() throws Exception {
		List<String> publicPages = List.of("/roles/probation-officer", "/roles", "/changes", "/changes.atom",
				"/compare?roles=probation-officer,probation-service-officer");
		List<byte[]> before = bodies(publicPages);

		int number = createDraft("alice");
		String edition = ROLE + "/editions/" + number;
		for (String section : List.of("", "/details", "/duties", "/requirements", "/skills", "/routes-pay",
				"/career-path", "/sources", "/preview")) {
			this.mvc.perform(get(edition + section).with(user("alice").roles("EDITOR"))).andExpect(status().isOk());
		}
		this.mvc.perform(as("alice", postForm(edition + "/details", details(number, "A rewritten summary for test."))))
			.andExpect(redirectedUrl(edition));

		this.mvc.perform(get(edition).with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("Changed since edition " + (number - 1))))
			.andExpect(content().string(containsString("Same as edition " + (number - 1))));

		assertThat(bodies(publicPages)).as("the public pages after saving a draft")
			.zipSatisfy(before, (after, was) -> assertThat(after).isEqualTo(was));
		this.mvc.perform(get(edition + "/preview").with(user("alice").roles("EDITOR")))
			.andExpect(content().string(containsString("A rewritten summary for test.")))
			.andExpect(content().string(containsString("noindex")))
			.andExpect(content().string(containsString("The public cannot see it")));

		this.mvc.perform(as("alice", postForm(edition + "/submit", "note", "Please check the summary.")))
			.andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("alice",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MAJOR",
							"changeNote", "My own approval")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as("alice",
					postForm(edition + "/send-back", "version", editionVersion(edition), "comment",
							"Sending back my own")))
			.andExpect(status().isForbidden());
		assertThat(state(number)).isEqualTo("IN_REVIEW");
		assertThat(bodies(publicPages)).zipSatisfy(before, (after, was) -> assertThat(after).isEqualTo(was));

		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MAJOR",
							"changeNote", "We rewrote the summary.")))
			.andExpect(redirectedUrl(ROLE));

		this.mvc.perform(get("/roles/probation-officer"))
			.andExpect(content().string(containsString("A rewritten summary for test.")))
			.andExpect(content().string(containsString("We rewrote the summary.")))
			.andExpect(content().string(containsString("Last updated")));
		this.mvc.perform(get("/changes")).andExpect(content().string(containsString("We rewrote the summary.")));
		this.mvc.perform(get("/changes.atom"))
			.andExpect(header().string("Content-Type", containsString("application/atom+xml")))
			.andExpect(content().string(containsString("<summary>We rewrote the summary.</summary>")));
		assertThat(this.jdbc.queryForList("""
				SELECT e.state FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = 'probation-officer' AND e.state = 'PUBLISHED'""", String.class)).hasSize(1);
		assertThat(state(number)).isEqualTo("PUBLISHED");
		assertThat(state(number - 1)).isEqualTo("SUPERSEDED");
		assertThat(this.jdbc.queryForList("""
				SELECT s.step || ' ' || s.username FROM editorial_step s JOIN role_edition e ON e.id = s.edition_id
				JOIN role r ON r.id = e.role_id WHERE r.slug = 'probation-officer' AND e.edition_number = ?
				ORDER BY s.id""", String.class, number)).containsExactly("CREATE alice", "SAVE alice", "SUBMIT alice",
				"PUBLISH bob");
	}

	@Test
	void nobodyWhoEditedTheEditionMayApproveItEvenIfSomeoneElseSubmittedIt() throws Exception {
		int number = createDraft("alice", "youth-justice-worker");
		String role = "/admin/roles/youth-justice-worker";
		String edition = role + "/editions/" + number;
		this.mvc
			.perform(as("bob",
					postForm(edition + "/duties", "version", editionVersion(edition), "rows[0].text",
							"Keeps victims informed about the sentence.")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));

		this.mvc.perform(get(edition).with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("You sent this edition for review or edited it")))
			.andExpect(content().string(not(containsString("Approve and publish"))));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MINOR")))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("an edition you edited")));
		this.mvc
			.perform(
					as("bob", postForm(edition + "/send-back", "version", editionVersion(edition), "comment", "Mine.")))
			.andExpect(status().isForbidden());
		assertThat(state("youth-justice-worker", number)).isEqualTo("IN_REVIEW");

		this.mvc
			.perform(as("carol",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MINOR")))
			.andExpect(redirectedUrl(role));
		assertThat(state("youth-justice-worker", number)).isEqualTo("PUBLISHED");
	}

	@Test
	void anApprovalOfAVersionTheEditionHasMovedOnFromIsAConflictAndPublishesNothing() throws Exception {
		int number = createDraft("alice", "approved-premises-residential-worker");
		String role = "/admin/roles/approved-premises-residential-worker";
		String edition = role + "/editions/" + number;
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		String seen = editionVersion(edition);
		this.mvc.perform(get(edition).with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));

		this.mvc.perform(as("carol", postForm(edition + "/send-back", "version", seen, "comment", "Add a duty.")))
			.andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("alice",
					postForm(edition + "/duties", "version", editionVersion(edition), "rows[0].text",
							"A duty added after the review began.")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));

		for (String step : List.of("/publish", "/send-back")) {
			this.mvc
				.perform(as("bob",
						postForm(edition + step, "version", seen, "changeKind", "MINOR", "comment", "Stale view.")))
				.andExpect(status().isConflict())
				.andExpect(content().string(containsString("Someone has changed this edition since you opened it")))
				.andExpect(content().string(containsString("Nothing has been published or sent back")))
				.andExpect(content().string(containsString("Draft saved")));
			assertThat(state("approved-premises-residential-worker", number)).isEqualTo("IN_REVIEW");
		}
		this.mvc.perform(as("bob", postForm(edition + "/publish", "changeKind", "MINOR")))
			.andExpect(status().isConflict());

		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MINOR")))
			.andExpect(redirectedUrl(role));
		assertThat(state("approved-premises-residential-worker", number)).isEqualTo("PUBLISHED");
	}

	@Test
	void aMajorChangeNeedsANoteAndAMinorChangeKeepsTheLastUpdatedDate() throws Exception {
		int number = createDraft("alice", "senior-probation-officer");
		String role = "/admin/roles/senior-probation-officer";
		String edition = role + "/editions/" + number;
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MAJOR",
							"changeNote", " ")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("a major change needs one")));
		assertThat(state("senior-probation-officer", number)).isEqualTo("IN_REVIEW");
		String lastUpdated = this.jdbc.queryForObject("""
				SELECT CAST(e.last_updated AS VARCHAR(20)) FROM role_edition e JOIN role r ON r.live_edition_id = e.id
				WHERE r.slug = 'senior-probation-officer'""", String.class);
		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MINOR")))
			.andExpect(redirectedUrl(role));
		assertThat(this.jdbc.queryForObject("""
				SELECT CAST(e.last_updated AS VARCHAR(20)) FROM role_edition e JOIN role r ON r.live_edition_id = e.id
				WHERE r.slug = 'senior-probation-officer'""", String.class)).isEqualTo(lastUpdated);
	}

	@Test
	void oneDraftPerRoleAtATime() throws Exception {
		createDraft("alice", "prison-officer");
		this.mvc.perform(as("bob", postForm("/admin/roles/prison-officer/editions")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("already has an edition being edited")));
	}

	@Test
	void onlyAnAdminMayPublishWithoutReviewAndTheDashboardAsksForASecondLook() throws Exception {
		int number = createDraft("alice", "probation-service-officer");
		String role = "/admin/roles/probation-service-officer";
		String edition = role + "/editions/" + number;
		this.mvc
			.perform(as("alice",
					postForm(edition + "/force-publish", "version", editionVersion(edition), "changeKind", "MINOR",
							"reason", "Urgent pay correction")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(postForm(edition + "/force-publish", "version", editionVersion(edition), "changeKind", "MINOR",
					"reason", " ")
				.with(user("carol").roles("ADMIN")))
			.andExpect(status().isBadRequest());
		assertThat(state("probation-service-officer", number)).isEqualTo("DRAFT");
		this.mvc
			.perform(postForm(edition + "/force-publish", "version", editionVersion(edition), "changeKind", "MINOR",
					"reason", "Urgent pay correction")
				.with(user("carol").roles("ADMIN")))
			.andExpect(redirectedUrl(role));
		assertThat(state("probation-service-officer", number)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/admin").with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("Urgent pay correction")));
		this.mvc.perform(postForm(edition + "/second-look", "note", "Checked").with(user("carol").roles("ADMIN")))
			.andExpect(status().isForbidden());
		this.mvc.perform(as("bob", postForm(edition + "/second-look", "note", "Checked")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(get("/admin").with(user("bob").roles("EDITOR")))
			.andExpect(content().string(not(containsString("Urgent pay correction"))));
	}

	@Test
	void aDraftSentBackCarriesTheCommentsAndCanBeSubmittedAgain() throws Exception {
		int number = createDraft("alice", "trainee-probation-officer");
		String role = "/admin/roles/trainee-probation-officer";
		String edition = role + "/editions/" + number;
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("bob", postForm(edition + "/send-back", "version", editionVersion(edition), "comment", " ")))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(as("bob",
					postForm(edition + "/send-back", "version", editionVersion(edition), "comment",
							"Check the hours.")))
			.andExpect(redirectedUrl(edition));
		assertThat(state("trainee-probation-officer", number)).isEqualTo("DRAFT");
		this.mvc.perform(get(edition).with(user("alice").roles("EDITOR")))
			.andExpect(content().string(containsString("Check the hours.")));
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(status().isConflict());
	}

	int createDraft(String username) throws Exception {
		return createDraft(username, "probation-officer");
	}

	int createDraft(String username, String slug) throws Exception {
		MvcResult result = this.mvc.perform(as(username, postForm("/admin/roles/" + slug + "/editions")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
	}

	String state(int number) {
		return state("probation-officer", number);
	}

	String state(String slug, int number) {
		return this.jdbc.queryForObject("""
				SELECT e.state FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = ? AND e.edition_number = ?""", String.class, slug, number);
	}

	String[] details(int number, String summary) {
		String version = this.jdbc.queryForObject("""
				SELECT CAST(e.version AS VARCHAR(20)) FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = 'probation-officer' AND e.edition_number = ?""", String.class, number);
		return new String[] { "version", version, "title", "Probation officer", "summary", summary, "nations",
				"ENGLAND", "nations", "WALES", "hoursMin", "37", "hoursMax", "37" };
	}

	static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles("EDITOR"));
	}

	List<byte[]> bodies(List<String> paths) throws Exception {
		List<byte[]> bodies = new java.util.ArrayList<>();
		for (String path : paths) {
			bodies.add(this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		}
		return bodies;
	}

}
