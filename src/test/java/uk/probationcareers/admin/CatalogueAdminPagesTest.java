package uk.probationcareers.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminPagesTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every admin page of every kind of catalogue row renders through the real templates,
 * with every word found in the message bundles.
 */
class CatalogueAdminPagesTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "skills, skill", "sources, source", "pay-bands, pay_band", "entry-routes, entry_route",
			"pay-award-events, pay_award_event", "recruitment-windows, recruitment_window" })
	void everyPageOfEachKindRendersWithAllItsWords(String section, String table) throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from " + table, Long.class);
		String base = "/admin/" + section;
		for (String path : new String[] { base, base + "/new", base + "/" + id + "/edit",
				base + "/" + id + "/delete" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("??"))));
		}
		this.mvc.perform(get(base))
			.andExpect(content().string(containsString("href=\"" + base + "/" + id + "/edit\"")));
		this.mvc.perform(postForm(base + "/new"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@ParameterizedTest
	@CsvSource({ "skills, a skill", "sources, a source", "pay-bands, a pay band", "entry-routes, an entry route",
			"pay-award-events, a pay award event", "recruitment-windows, a recruitment window" })
	void theAddButtonAndFormHeadingsNameEachKindWithItsOwnArticle(String section, String aOne) throws Exception {
		String base = "/admin/" + section;
		long id = this.jdbc.queryForObject("select min(id) from " + section.replace("-", "_").replaceAll("s$", ""),
				Long.class);
		this.mvc.perform(get(base))
			.andExpect(content().string(containsString(">Add " + aOne + "</a>")))
			.andExpect(content().string(not(containsString("Add a entry"))));
		this.mvc.perform(get(base + "/new")).andExpect(content().string(containsString("<title>Add " + aOne)));
		this.mvc.perform(get(base + "/" + id + "/edit"))
			.andExpect(content().string(containsString("<title>Change " + aOne)));
	}

	@ParameterizedTest
	@CsvSource({ "/admin", "/admin/audit" })
	void theDashboardAndAuditTrailRender(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(not(containsString("??"))));
	}

}
