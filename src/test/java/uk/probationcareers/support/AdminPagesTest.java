package uk.probationcareers.support;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The admin pages through MockMvc, signed in as an editor, with the whole application and
 * its own in-memory database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@WithMockUser(username = "editor", roles = "EDITOR")
public abstract class AdminPagesTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	private JdbcTemplate editions;

	/**
	 * The version of the edition at {@code /admin/roles/{slug}/editions/{number}} as its
	 * page shows it now: the one a reviewer approves or sends back.
	 */
	protected String editionVersion(String editionPath) {
		String[] parts = editionPath.split("/");
		return this.editions.queryForObject("""
				SELECT CAST(e.version AS VARCHAR(20)) FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = ? AND e.edition_number = ?""", String.class, parts[3], Integer.parseInt(parts[5]));
	}

	/**
	 * A form POST with its CSRF token, as the browser sends it.
	 */
	protected static MockHttpServletRequestBuilder postForm(String path, String... namesAndValues) {
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		for (int i = 0; i < namesAndValues.length; i += 2) {
			request.param(namesAndValues[i], namesAndValues[i + 1]);
		}
		return request;
	}

	/**
	 * A form POST that changes a public catalogue row, with the reason every such change
	 * gives ({@link ChangeReason}).
	 */
	protected static MockHttpServletRequestBuilder postChange(String path, String... namesAndValues) {
		return postForm(path, namesAndValues).param(ChangeReason.FIELD, ChangeReason.TEXT);
	}

	protected static MockHttpServletRequestBuilder postChange(String path, Map<String, String> params) {
		return postForm(path, params).param(ChangeReason.FIELD, ChangeReason.TEXT);
	}

	protected static MockHttpServletRequestBuilder postForm(String path, Map<String, String> params) {
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		params.forEach(request::param);
		return request;
	}

}
