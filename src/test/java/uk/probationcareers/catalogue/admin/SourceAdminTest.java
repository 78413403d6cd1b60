package uk.probationcareers.catalogue.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SourceAdminTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	String[] source(String code, String url, String day, String month, String year) {
		return new String[] { "code", code, "title", "A source", "publisher", "A publisher", "url", url,
				"dateChecked.day", day, "dateChecked.month", month, "dateChecked.year", year };
	}

	@Test
	void aSourceWithAWebAddressAndTheDateItWasCheckedIsSaved() throws Exception {
		this.mvc
			.perform(postChange("/admin/sources/new", source("good-source", "https://www.gov.uk/x", "3", "11", "2026")))
			.andExpect(redirectedUrl("/admin/sources"));
		assertThat(this.jdbc.queryForObject("select date_checked from source where code = 'good-source'", String.class))
			.isEqualTo("2026-11-03");
	}

	@Test
	void anAddressThatIsNotHttpOrHttpsIsRefused() throws Exception {
		for (String url : new String[] { "javascript:alert(1)", "ftp://example.org/file", "www.gov.uk", "https://",
				"https://has space.org", "data:text/html,hi" }) {
			this.mvc.perform(postChange("/admin/sources/new", source("bad-url", url, "3", "11", "2026")))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("href=\"#url\">Enter an address starting with http://")));
		}
	}

	@Test
	void aDateThatIsMissingOrNotRealIsRefusedAndWhatWasTypedIsKept() throws Exception {
		this.mvc.perform(postChange("/admin/sources/new", source("no-date", "https://a.org", "", "", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#dateChecked\">Enter the date we last checked")));
		this.mvc.perform(postChange("/admin/sources/new", source("bad-date", "https://a.org", "31", "2", "2026")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#dateChecked\">Enter a real date")))
			.andExpect(content().string(containsString("name=\"dateChecked.day\" value=\"31\"")));
	}

	@Test
	void aSourceStillCitedCannotBeDeletedAndThePageSaysWhatCitesIt() throws Exception {
		long id = this.jdbc.queryForObject("select id from source where code = 'napo'", Long.class);
		this.mvc.perform(get("/admin/sources/" + id + "/delete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("pay award event")));
		long band = this.jdbc.queryForObject("select min(source_id) from pay_band", Long.class);
		this.mvc.perform(postChange("/admin/sources/" + band + "/delete"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cites this source")))
			.andExpect(content().string(containsString("pay band")));
		assertThat(this.jdbc.queryForObject("select count(*) from source where id = ?", Long.class, band)).isOne();
	}

	@Test
	void anUncitedSourceIsDeleted() throws Exception {
		this.mvc.perform(postChange("/admin/sources/new", source("uncited", "http://example.org", "1", "1", "2026")))
			.andExpect(redirectedUrl("/admin/sources"));
		long id = this.jdbc.queryForObject("select id from source where code = 'uncited'", Long.class);
		this.mvc.perform(postChange("/admin/sources/" + id + "/delete")).andExpect(redirectedUrl("/admin/sources"));
		assertThat(this.jdbc.queryForObject("select count(*) from source where id = ?", Long.class, id)).isZero();
	}

}
