package uk.probationcareers.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MvcResult;
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
 * The search page: results with marked snippets, "did you mean", no results, no query,
 * and whatever anyone types, always escaped and never a server error.
 */
@TestPropertySource(properties = "site.test-database=search")
class SearchPagesTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void resultsListTheMatchingPagesWithTheMatchingWordsMarked() throws Exception {
		String page = body("/search?q=probation%20assistants");
		assertThat(page).contains("<title>Search results for “probation assistants” – Probation Careers Guide</title>")
			.contains("href=\"/roles/probation-service-officer\">Probation service officer</a>")
			.contains("PSO, <mark class=\"app-search-results__match\">Probation assistant</mark>")
			.contains("results</p>")
			.doesNotContain("??");
		assertThat(page.indexOf("/roles/probation-service-officer\""))
			.isLessThan(page.indexOf("/roles/probation-officer\""));
	}

	@Test
	void aMisspeltQueryOffersTheCorrectionAsALink() throws Exception {
		assertThat(body("/search?q=probaton")).contains("Did you mean")
			.contains("<a class=\"govuk-link\" href=\"/search?q=probation\">probation</a>");
	}

	@Test
	void noResultsSaysSoAndOffersEveryRole() throws Exception {
		assertThat(body("/search?q=xylophone%20quartz")).contains("There are no matching results.")
			.contains("href=\"/roles/probation-officer\">Probation officer</a>")
			.contains("href=\"/roles\"")
			.doesNotContain("Did you mean");
	}

	@Test
	void anEmptyQueryShowsTheSearchPageWithoutResultsOrError() throws Exception {
		for (String address : List.of("/search", "/search?q=", "/search?q=%20%20", "/search?q=the%20and%20of")) {
			String page = body(address);
			assertThat(page).as(address)
				.contains("name=\"q\"")
				.doesNotContain("There is a problem")
				.doesNotContain("app-search-results__item");
		}
	}

	@Test
	void everyPublicPageHasTheHeaderSearchButNotTheAdminArea() throws Exception {
		for (String address : List.of("/", "/roles", "/roles/probation-officer", "/pay", "/routes")) {
			assertThat(body(address)).as(address)
				.contains("<form action=\"/search\" method=\"get\" role=\"search\"")
				.contains("id=\"header-search\" name=\"q\" type=\"search\"");
		}
		this.mvc.perform(get("/admin/roles"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("header-search"))));
	}

	@Test
	void hostileQueriesAreSearchedAsPlainWordsAndShownEscaped() throws Exception {
		for (String query : List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "title:(",
				"probation AND", "*", "officer~", "?", "\\", "[* TO *]", "'; drop table role; --", "probation\" OR \"",
				"\u202Eofficer", "😀 probation", "/search?q=%00")) {
			MvcResult result = search(query);
			String page = result.getResponse().getContentAsString();
			assertThat(result.getResponse().getStatus()).as(query).isEqualTo(200);
			assertThat(page).as(query).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
		assertThat(body("/search?q=%3Cscript%3Eprobation%3C%2Fscript%3E")).contains("&lt;script&gt;probation");
	}

	@Test
	void aQueryLongerThan200CharactersIsCutAndSaysSo() throws Exception {
		MvcResult cut = search("probation officer ".repeat(556));
		assertThat(cut.getResponse().getStatus()).isEqualTo(200);
		String page = cut.getResponse().getContentAsString();
		assertThat(page).contains("longer than 200 characters").contains("/roles/probation-officer\"");
		MvcResult longest = search("x".repeat(10_000));
		assertThat(longest.getResponse().getStatus()).isEqualTo(200);
		String huge = longest.getResponse().getContentAsString();
		assertThat(huge).contains("x".repeat(200)).doesNotContain("x".repeat(201));
	}

	@Test
	void thePublishedIndexFollowsAPublishOnTheVeryNextRequest() throws Exception {
		assertThat(body("/search?q=quokka")).contains("There are no matching results.");
		String role = "/admin/roles/prison-officer";
		String location = this.mvc.perform(postForm(role + "/editions").with(user("alice").roles("EDITOR")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		int number = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
		String edition = role + "/editions/" + number;
		String version = this.jdbc.queryForObject("""
				SELECT CAST(e.version AS VARCHAR(20)) FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = 'prison-officer' AND e.edition_number = ?""", String.class, number);
		this.mvc
			.perform(postForm(edition + "/details", "version", version, "title", "Prison officer", "summary",
					"Prison officers look after people in prison, and sometimes a quokka.", "nations", "ENGLAND",
					"nations", "WALES")
				.with(user("alice").roles("EDITOR")))
			.andExpect(redirectedUrl(edition));
		this.mvc.perform(postForm(edition + "/submit").with(user("alice").roles("EDITOR")))
			.andExpect(redirectedUrl(edition));
		this.mvc
			.perform(postForm(edition + "/publish", "version", editionVersion(edition), "changeKind", "MINOR")
				.with(user("bob").roles("EDITOR")))
			.andExpect(redirectedUrl(role));

		assertThat(body("/search?q=quokka")).contains("href=\"/roles/prison-officer\"")
			.contains("<mark class=\"app-search-results__match\">quokka</mark>");
	}

	@Test
	void theIndexFollowsASavedSkillOnTheVeryNextRequest() throws Exception {
		assertThat(body("/search?q=wombat")).contains("There are no matching results.");
		long id = this.jdbc.queryForObject(
				"select min(s.id) from skill s join role_edition_skill rs on rs.skill_id = s.id", Long.class);
		String code = this.jdbc.queryForObject("select code from skill where id = ?", String.class, id);
		String name = this.jdbc.queryForObject("select name from skill where id = ?", String.class, id);
		String version = this.jdbc.queryForObject("select version from skill where id = ?", String.class, id);
		this.mvc
			.perform(postChange("/admin/skills/" + id + "/edit", "version", version, "code", code, "name", name,
					"description", "Calm enough to handle a wombat."))
			.andExpect(redirectedUrl("/admin/skills"));

		assertThat(body("/search?q=wombats")).contains(">" + name + "</a>")
			.contains("<mark class=\"app-search-results__match\">wombat</mark>");
	}

	/**
	 * The search page for the words, sent in the address as a browser sends them (the
	 * page cache keys pages by their address).
	 */
	private MvcResult search(String query) throws Exception {
		String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
		return this.mvc.perform(get(URI.create("/search?q=" + encoded))).andReturn();
	}

	private String body(String address) throws Exception {
		return this.mvc.perform(get(URI.create(address)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
