package uk.probationcareers.routes.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EntryRouteAdminTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder route(String code, String... more) {
		MockHttpServletRequestBuilder request = postForm("/admin/entry-routes/new", "code", code, "name", "A route",
				"routeType", "TRAINEE_PROGRAMME", "summary", "Train while you work.", "_nations", "on",
				"_experienceRequired", "on", "_civilServiceNationality", "on", "staffRule", "ANYONE");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return request;
	}

	@Test
	void aRouteIsSavedWithItsEligibility() throws Exception {
		this.mvc
			.perform(route("new-route", "nations", "WALES", "nations", "ENGLAND", "minQualificationLevel", "3",
					"criminologyModulesRequired", "3", "maxQualificationLevel", "4", "ukResidenceYears", "3",
					"minimumAge", "18", "durationMonthsMin", "15", "durationMonthsMax", "21", "experienceNeeded",
					"Some work with people.", "source", "napo"))
			.andExpect(redirectedUrl("/admin/entry-routes"));
		Map<String, Object> saved = this.jdbc.queryForMap("select * from entry_route where code = 'new-route'");
		assertThat(saved).containsEntry("NATIONS", "ENGLAND,WALES")
			.containsEntry("MIN_QUALIFICATION_LEVEL", 3)
			.containsEntry("CRIMINOLOGY_MODULES_REQUIRED", 3)
			.containsEntry("MAX_QUALIFICATION_LEVEL", 4)
			.containsEntry("UK_RESIDENCE_YEARS", 3)
			.containsEntry("MINIMUM_AGE", 18);
	}

	@Test
	void aRouteMustBeOpenInAtLeastOneNation() throws Exception {
		this.mvc.perform(route("no-nation"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#nations\">Choose at least one nation")));
		this.mvc.perform(route("odd-nation", "nations", "ATLANTIS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose nations from the list")));
	}

	@Test
	void theLongestTimeCannotBeShorterThanTheShortest() throws Exception {
		this.mvc.perform(route("backwards", "nations", "ENGLAND", "durationMonthsMin", "24", "durationMonthsMax", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The longest time must not be shorter than the shortest")));
	}

	@Test
	void eligibilityNumbersOutsideTheirRangeAreRefused() throws Exception {
		this.mvc
			.perform(route("ranges", "nations", "ENGLAND", "minQualificationLevel", "9", "minimumAge", "5",
					"ukResidenceYears", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a level from 0 to 8")))
			.andExpect(content().string(containsString("Enter an age from 14 to 99")))
			.andExpect(content().string(containsString("Enter a number that is 0 or more")));
	}

	@Test
	void aRouteOfferedByRoleEditionsCannotBeDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select min(entry_route_id) from role_edition_entry_route", Long.class);
		this.mvc.perform(postForm("/admin/entry-routes/" + id + "/delete"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("offer this route")));
	}

}
