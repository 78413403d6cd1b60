package uk.probationcareers.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever an editor types is saved exactly or refused with a message, and always shown
 * back as text, never as markup, and never as a server error.
 */
class HostileInputTest extends AdminPagesTest {

	static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { SCRIPT, "Robert'); DROP TABLE skill; --",
			"\u202Eevil\u202C right-to-left \u05E9\u05DC\u05D5\u05DD",
			"Emoji \uD83E\uDDD1\u200D\u2696\uFE0F and \uD83D\uDC4D", "\" onmouseover=\"alert(1)",
			"{{7*7}} ${7*7} [[${7*7}]]" })
	void hostileTextIsSavedExactlyAndShownBackEscapedEverywhere(String text) throws Exception {
		String code = "hostile-" + Integer.toHexString(text.hashCode());
		this.mvc.perform(postChange("/admin/skills/new", "code", code, "name", text, "description", text))
			.andExpect(redirectedUrl("/admin/skills"));
		assertThat(this.jdbc.queryForObject("select name from skill where code = ?", String.class, code))
			.isEqualTo(text);
		long id = this.jdbc.queryForObject("select id from skill where code = ?", Long.class, code);
		for (String page : new String[] { "/admin/skills", "/admin/skills/" + id + "/edit",
				"/admin/skills/" + id + "/delete", "/admin/audit" }) {
			this.mvc.perform(get(page))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(not(containsString("\" onmouseover=\"alert(1)"))))
				.andExpect(content().string(not(containsString(">49<"))));
		}
	}

	@Test
	void scriptInAFormWithErrorsIsShownBackEscaped() throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", SCRIPT, "name", SCRIPT))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(SCRIPT))));
	}

	@Test
	void aMegabyteStringIsRefusedCleanly() throws Exception {
		String huge = "<b>".repeat(350_000);
		this.mvc.perform(postChange("/admin/skills/new", "code", "huge", "name", huge, "description", huge))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter no more than 200 characters")))
			.andExpect(content().string(not(containsString("<b><b>"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "nul \u0000 byte", "bell \u0007", "escape \u001B[31m", "delete \u007F" })
	void controlCharactersAreRefusedWithAMessage(String text) throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", "control", "name", text))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
	}

	@Test
	void lineBreaksAndTabsInLongTextAreKept() throws Exception {
		this.mvc
			.perform(postChange("/admin/skills/new", "code", "multi-line", "name", "Lines", "description",
					"One\r\nTwo\tTabbed"))
			.andExpect(redirectedUrl("/admin/skills"));
	}

	@Test
	void nonsenseInNumberDateVersionAndChoiceFieldsGetsMessagesNotErrors() throws Exception {
		long band = this.jdbc.queryForObject("select min(id) from pay_band", Long.class);
		this.mvc
			.perform(postChange("/admin/pay-bands/" + band + "/edit", "version", "'; --", "minimumPay", "1e9",
					"awardStatus", "BRIBED", "figureBasis", "<x>", "effectiveDate.day", "<script>",
					"effectiveDate.month", "13", "effectiveDate.year", "99999", "id", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("Failed to convert"))))
			.andExpect(content().string(not(containsString("<script>"))));
	}

	@Test
	void anIdInTheFormCannotRedirectTheSaveToAnotherRow() throws Exception {
		long other = this.jdbc.queryForObject("select max(id) from skill", Long.class);
		String name = this.jdbc.queryForObject("select name from skill where id = ?", String.class, other);
		this.mvc.perform(postChange("/admin/skills/new", "id", String.valueOf(other), "code", "own-row", "name", "Own"))
			.andExpect(redirectedUrl("/admin/skills"));
		assertThat(this.jdbc.queryForObject("select name from skill where id = ?", String.class, other))
			.isEqualTo(name);
	}

}
