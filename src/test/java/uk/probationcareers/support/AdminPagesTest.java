package uk.probationcareers.support;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

	protected static MockHttpServletRequestBuilder postForm(String path, Map<String, String> params) {
		MockHttpServletRequestBuilder request = post(path).with(csrf());
		params.forEach(request::param);
		return request;
	}

}
