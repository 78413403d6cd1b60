package uk.probationcareers.role.editorial;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lists edited with buttons, conflicting saves, history, comparison and restore, new and
 * withdrawn roles, and publishing as one transaction.
 */
@TestPropertySource(properties = "site.test-database=editorial-history")
class EditionHistoryTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EditorialService editorial;

	@Autowired
	ReviewService review;

	@Autowired
	RoleCatalogue catalogue;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void dutiesAreReorderedWithButtonsKeptWhileTypingAndSavedInTheirNewOrder() throws Exception {
		String edition = "/admin/roles/youth-justice-worker/editions/" + draft("alice", "youth-justice-worker");
		String version = version("youth-justice-worker");
		this.mvc
			.perform(as("alice",
					postForm(edition + "/duties", "version", version, "rows[0].text", "First duty", "rows[1].text",
							"Second duty", "action", "down-0")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second duty</textarea>")));
		MvcResult added = this.mvc
			.perform(as("alice",
					postForm(edition + "/duties", "version", version, "rows[0].text", "Second duty", "rows[1].text",
							"First duty", "action", "add")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(added.getResponse().getContentAsString()).contains("id=\"rows[2].text\"");
		this.mvc
			.perform(as("alice",
					postForm(edition + "/duties", "version", version, "rows[0].text", "Second duty", "rows[1].text",
							"First duty", "rows[2].text", "", "action", "save")))
			.andExpect(redirectedUrl(edition));
		assertThat(this.jdbc.queryForList("""
				SELECT d.description FROM role_edition_duty d JOIN role_edition e ON e.id = d.edition_id
				JOIN role r ON r.id = e.role_id WHERE r.slug = 'youth-justice-worker' AND e.state = 'DRAFT'
				ORDER BY d.position""", String.class)).containsExactly("Second duty", "First duty");
	}

	@Test
	void aListRowWithErrorsComesBackWithTheInputKept() throws Exception {
		String edition = "/admin/roles/prison-officer/editions/" + draft("alice", "prison-officer");
		this.mvc
			.perform(as("alice",
					postForm(edition + "/skills", "version", version("prison-officer"), "rows[0].choice", "resilience",
							"rows[0].kind", "ESSENTIAL", "rows[1].choice", "resilience", "rows[1].kind", "BOGUS",
							"action", "save")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This is already in the list")))
			.andExpect(content().string(containsString("href=\"#rows[1].kind\"")))
			.andExpect(content().string(containsString("id=\"rows[1].kind\"")));
	}

	@Test
	void theLaterOfTwoEditorsSavingTheSameDraftGetsTheConflictPageWithTheirInputKept() throws Exception {
		String edition = "/admin/roles/justice-social-worker-scotland/editions/"
				+ draft("alice", "justice-social-worker-scotland");
		String loaded = version("justice-social-worker-scotland");
		this.mvc.perform(as("alice", postForm(edition + "/routes-pay", "version", loaded, "payNote", "Alice's note")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(as("bob", postForm(edition + "/routes-pay", "version", loaded, "payNote", "Bob's note")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The current saved version")))
			.andExpect(content().string(containsString("Alice&#39;s note")))
			.andExpect(content().string(containsString("Bob&#39;s note</textarea>")));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/routes-pay", "version", version("justice-social-worker-scotland"), "payNote",
							"Bob's note")))
			.andExpect(redirectedUrl(edition));
	}

	@Test
	void anyTwoEditionsAreComparedAndAnOldOneIsRestoredIntoANewDraft() throws Exception {
		String slug = "probation-service-officer";
		this.mvc.perform(get("/admin/roles/" + slug + "/compare?from=1&to=2").with(user("bob").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hours and pattern")))
			.andExpect(content().string(containsString("Added")));
		int editions = count(slug);
		this.mvc.perform(as("bob", postForm("/admin/roles/" + slug + "/editions/1/restore")))
			.andExpect(redirectedUrl("/admin/roles/" + slug + "/editions/" + (editions + 1)));
		assertThat(count(slug)).isEqualTo(editions + 1);
		assertThat(this.jdbc.queryForObject("""
				SELECT e.hours_max FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = ? AND e.edition_number = ?""", Integer.class, slug, editions + 1)).isEqualTo(39);
		assertThat(this.jdbc.queryForObject("""
				SELECT e.state FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = ? AND e.edition_number = 1""", String.class, slug)).isEqualTo("SUPERSEDED");
		this.mvc
			.perform(get("/admin/roles/" + slug + "/compare?from=1&to=" + (editions + 1))
				.with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("hold the same content")));
		this.mvc.perform(get("/admin/roles/" + slug).with(user("bob").roles("EDITOR")))
			.andExpect(content().string(containsString("Restored into a new draft")));
	}

	@Test
	void onlyASupersededEditionOffersRestoreNeverTheLiveOneOrAnOpenDraft() throws Exception {
		String slug = "trainee-probation-officer";
		String role = "/admin/roles/" + slug;
		assertThat(states(slug)).startsWith("PUBLISHED", "SUPERSEDED");
		int live = count(slug);
		String page = this.mvc.perform(get(role).with(user("bob").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("action=\"" + role + "/editions/" + (live - 1) + "/restore\"")
			.doesNotContain("action=\"" + role + "/editions/" + live + "/restore\"");
		this.mvc.perform(as("bob", postForm(role + "/editions/" + live + "/restore"))).andExpect(status().isConflict());
		assertThat(count(slug)).isEqualTo(live);

		int draft = draft("alice", slug);
		this.mvc.perform(get(role).with(user("bob").roles("EDITOR")))
			.andExpect(content().string(not(containsString("/restore\""))));
		this.mvc.perform(as("bob", postForm(role + "/editions/" + draft + "/restore")))
			.andExpect(status().isConflict());
		assertThat(count(slug)).isEqualTo(draft);
	}

	@Test
	void aWithdrawnRoleAnswers410WithTheReasonAndLeavesEveryList() throws Exception {
		String slug = "senior-probation-officer";
		this.mvc
			.perform(as("alice",
					postForm("/admin/roles/" + slug + "/withdraw", "reason", "This job is now covered by another.",
							"onward", "probation-officer")))
			.andExpect(status().is3xxRedirection());
		int number = count(slug);
		String edition = "/admin/roles/" + slug + "/editions/" + number;
		this.mvc.perform(get("/roles/" + slug)).andExpect(status().isOk());
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MAJOR",
							"changeNote", "Withdrawn.")))
			.andExpect(redirectedUrl("/admin/roles/" + slug));

		this.mvc.perform(get("/roles/" + slug))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This job is now covered by another.")))
			.andExpect(content().string(containsString("href=\"/roles/probation-officer\"")));
		this.mvc.perform(get("/roles")).andExpect(content().string(not(containsString("/roles/" + slug + "\""))));
		assertThat(this.catalogue.publishedRoles()).noneMatch((role) -> role.slug().equals(slug));
		assertThat(this.catalogue.careerPathLinks())
			.noneMatch((link) -> link.toSlug().equals(slug) || link.fromSlug().equals(slug));
		assertThat(this.catalogue.profile("probation-officer").orElseThrow().neighbours())
			.noneMatch((step) -> step.slug().equals(slug));
		this.mvc.perform(get("/compare?roles=" + slug + ",probation-officer")).andExpect(status().isBadRequest());
	}

	@Test
	void aNewRoleStartsAsADraftAndIsPublicOnlyOnceReviewed() throws Exception {
		this.mvc.perform(as("alice",
				postForm("/admin/roles/new", "slug", "community-payback-supervisor", "group", "RELATED", "title",
						"Community payback supervisor", "summary", "Supervises unpaid work.", "nations", "ENGLAND")))
			.andExpect(redirectedUrl("/admin/roles/community-payback-supervisor/editions/1"));
		this.mvc.perform(get("/roles/community-payback-supervisor")).andExpect(status().isNotFound());
		this.mvc
			.perform(as("alice",
					postForm("/admin/roles/new", "slug", "community-payback-supervisor", "group", "RELATED", "title",
							"Again", "summary", "Again.", "nations", "ENGLAND")))
			.andExpect(status().isBadRequest());
		String edition = "/admin/roles/community-payback-supervisor/editions/1";
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		this.mvc
			.perform(as("bob",
					postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MAJOR",
							"changeNote", "New role.")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/roles/community-payback-supervisor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Supervises unpaid work.")));
	}

	@Test
	void publishingSupersedesTheLiveEditionInTheSameTransaction() throws Exception {
		String slug = "approved-premises-residential-worker";
		int number = draft("alice", slug);
		String edition = "/admin/roles/" + slug + "/editions/" + number;
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(redirectedUrl(edition));
		PublishForm form = new PublishForm();
		form.setChangeKind("MINOR");
		form.setVersion(Long.valueOf(editionVersion(edition)));
		this.transactions.executeWithoutResult((transaction) -> {
			org.springframework.security.core.context.SecurityContextHolder.getContext()
				.setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
						"bob", "n/a", List.of()));
			this.review.publish(slug, number, form, false);
			assertThat(states(slug)).startsWith("PUBLISHED", "SUPERSEDED").doesNotContain("IN_REVIEW");
			transaction.setRollbackOnly();
		});
		assertThat(states(slug)).startsWith("IN_REVIEW", "PUBLISHED").containsOnlyOnce("PUBLISHED");
	}

	@Test
	void hostileInputIsRefusedWithAMessageOrSavedExactlyAndShownEscaped() throws Exception {
		String slug = "probation-officer-northern-ireland";
		String edition = "/admin/roles/" + slug + "/editions/" + draft("alice", slug);
		this.mvc
			.perform(as("alice",
					postForm(edition + "/details", "version", version(slug), "title", "PO \u0007 NI", "summary",
							"x".repeat(2001), "nations", "NORTHERN_IRELAND", "hoursMin", "40", "hoursMax", "30")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Remove the hidden control characters")))
			.andExpect(content().string(containsString("Enter no more than 2000 characters")))
			.andExpect(content().string(containsString("The most hours must be the same as or more than the fewest")));
		this.mvc
			.perform(as("alice",
					postForm(edition + "/details", "version", version(slug), "title", "<script>alert(1)</script>",
							"summary", "\u202EReversed \uD83D\uDE00", "nations", "NORTHERN_IRELAND", "id", "1")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(get(edition + "/preview").with(user("alice").roles("EDITOR")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))))
			.andExpect(content().string(containsString("\u202EReversed \uD83D\uDE00")));
	}

	@Test
	void theEntryRoutesPageListsTheDraftsRoutesFirstInTheirOrderSoSavingKeepsIt() throws Exception {
		String slug = "probation-officer";
		int number = draft("alice", slug);
		List<String> routes = this.jdbc.queryForList("""
				SELECT er.code FROM role_edition_entry_route x JOIN entry_route er ON er.id = x.entry_route_id
				JOIN role_edition e ON e.id = x.edition_id JOIN role r ON r.id = e.role_id
				WHERE r.slug = ? AND e.edition_number = ? ORDER BY x.position""", String.class, slug, number);
		assertThat(routes).hasSizeGreaterThan(1);
		String page = this.mvc
			.perform(get("/admin/roles/" + slug + "/editions/" + number + "/routes-pay")
				.with(user("alice").roles("EDITOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> positions = routes.stream().map((code) -> page.indexOf("value=\"" + code + "\"")).toList();
		assertThat(positions).doesNotContain(-1).isSorted();
		String firstOther = this.jdbc.queryForList("SELECT code FROM entry_route ORDER BY name", String.class)
			.stream()
			.filter((code) -> !routes.contains(code))
			.findFirst()
			.orElseThrow();
		assertThat(page.indexOf("value=\"" + firstOther + "\"")).isGreaterThan(positions.get(positions.size() - 1));
	}

	int draft(String username, String slug) throws Exception {
		String location = this.mvc.perform(as(username, postForm("/admin/roles/" + slug + "/editions")))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
	}

	String version(String slug) {
		return this.jdbc.queryForObject("""
				SELECT CAST(e.version AS VARCHAR(20)) FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = ? AND e.state = 'DRAFT'""", String.class, slug);
	}

	int count(String slug) {
		return this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = ?", Integer.class,
				slug);
	}

	List<String> states(String slug) {
		return this.jdbc.queryForList("""
				SELECT e.state FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = ?
				ORDER BY e.edition_number DESC""", String.class, slug);
	}

	static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles("EDITOR"));
	}

}
