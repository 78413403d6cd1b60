package uk.probationcareers.routes.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class EntryRouteAdminTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	MockHttpServletRequestBuilder route(String code, String... more) {
		MockHttpServletRequestBuilder request = postChange("/admin/entry-routes/new", "code", code, "details.name",
				"A route", "details.routeType", "TRAINEE_PROGRAMME", "details.summary", "Train while you work.",
				"_eligibility.nations", "on", "_eligibility.experienceRequired", "on",
				"_eligibility.civilServiceNationality", "on", "staffAndStudy.staffRule", "ANYONE");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return request;
	}

	@Test
	void aRouteIsSavedWithItsEligibility() throws Exception {
		this.mvc
			.perform(route("new-route", "eligibility.nations", "WALES", "eligibility.nations", "ENGLAND",
					"eligibility.minQualificationLevel", "3", "eligibility.criminologyModulesRequired", "3",
					"eligibility.maxQualificationLevel", "4", "eligibility.ukResidenceYears", "3",
					"eligibility.minimumAge", "18", "details.durationMonthsMin", "15", "details.durationMonthsMax",
					"21", "eligibility.experienceNeeded", "Some work with people.", "details.source", "napo"))
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
			.andExpect(content().string(containsString("href=\"#eligibility.nations\">Choose at least one nation")));
		this.mvc.perform(route("odd-nation", "eligibility.nations", "ATLANTIS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose nations from the list")));
	}

	@Test
	void theLongestTimeCannotBeShorterThanTheShortest() throws Exception {
		this.mvc
			.perform(route("backwards", "eligibility.nations", "ENGLAND", "details.durationMonthsMin", "24",
					"details.durationMonthsMax", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The longest time must not be shorter than the shortest")));
	}

	@Test
	void eligibilityNumbersOutsideTheirRangeAreRefused() throws Exception {
		this.mvc
			.perform(route("ranges", "eligibility.nations", "ENGLAND", "eligibility.minQualificationLevel", "9",
					"eligibility.minimumAge", "5", "eligibility.ukResidenceYears", "-1"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a level from 0 to 8")))
			.andExpect(content().string(containsString("Enter an age from 14 to 99")))
			.andExpect(content().string(containsString("Enter a number that is 0 or more")));
	}

	@Test
	void aRouteOfferedByRoleEditionsCannotBeDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select min(entry_route_id) from role_edition_entry_route", Long.class);
		this.mvc.perform(postChange("/admin/entry-routes/" + id + "/delete"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("offer this route")));
	}

	@Test
	void theEditPageShowsEachPartOfTheSavedRoute() throws Exception {
		this.mvc
			.perform(route("shown-again", "eligibility.nations", "ENGLAND", "eligibility.minimumAge", "21",
					"staffAndStudy.minServiceMonths", "12", "training.intakes", "Spring intake"))
			.andExpect(redirectedUrl("/admin/entry-routes"));
		long id = this.jdbc.queryForObject("select id from entry_route where code = 'shown-again'", Long.class);
		this.mvc.perform(get("/admin/entry-routes/" + id + "/edit"))
			.andExpect(content().string(containsString("id=\"details.name\" name=\"details.name\" value=\"A route\"")))
			.andExpect(content().string(containsString("name=\"eligibility.minimumAge\" value=\"21\"")))
			.andExpect(content().string(containsString("name=\"staffAndStudy.minServiceMonths\" value=\"12\"")))
			.andExpect(content().string(containsString("name=\"training.intakes\" value=\"Spring intake\"")));
	}

	@Test
	void theAuditTrailKeepsTheFieldNamesPastHistoryUses() throws Exception {
		this.mvc.perform(route("audited-route", "eligibility.nations", "WALES", "eligibility.minimumAge", "18"))
			.andExpect(redirectedUrl("/admin/entry-routes"));
		long id = this.jdbc.queryForObject("select id from entry_route where code = 'audited-route'", Long.class);
		long entry = this.jdbc.queryForObject(
				"select max(id) from audit_entry where record_type = 'entry-routes' and record_id = ?", Long.class, id);
		assertThat(this.jdbc.queryForList("select field from audit_change where entry_id = ?", String.class, entry))
			.contains("name", "minimumAge", "nations", "staffRule")
			.noneMatch((field) -> field.contains("."));
	}

	@Test
	void guidanceAndItsDateAreSavedShownAgainAuditedAndShownOnTheRoutePage() throws Exception {
		this.mvc
			.perform(route("guided-route", "eligibility.nations", "ENGLAND", "staffAndStudy.guidance",
					"  Staff are advised to have a year in post.  ", "staffAndStudy.guidanceDated.day", "25",
					"staffAndStudy.guidanceDated.month", "5", "staffAndStudy.guidanceDated.year", "2022"))
			.andExpect(redirectedUrl("/admin/entry-routes"));
		Map<String, Object> saved = this.jdbc.queryForMap("select * from entry_route where code = 'guided-route'");
		assertThat(saved).containsEntry("GUIDANCE", "Staff are advised to have a year in post.");
		assertThat(saved.get("GUIDANCE_DATED")).hasToString("2022-05-25");
		long id = ((Number) saved.get("ID")).longValue();
		this.mvc.perform(get("/admin/entry-routes/" + id + "/edit"))
			.andExpect(content().string(containsString("Guidance, not a rule (optional)")))
			.andExpect(content().string(containsString("Staff are advised to have a year in post.</textarea>")))
			.andExpect(content().string(containsString("name=\"staffAndStudy.guidanceDated.day\" value=\"25\"")));
		long entry = this.jdbc.queryForObject(
				"select max(id) from audit_entry where record_type = 'entry-routes' and record_id = ?", Long.class, id);
		assertThat(this.jdbc.queryForList("select field from audit_change where entry_id = ?", String.class, entry))
			.contains("guidance", "guidanceDated");
		this.mvc.perform(get("/admin/audit"))
			.andExpect(content().string(containsString("Date the guidance was given (optional)")));
		this.mvc.perform(get("/routes/guided-route"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Staff are advised to have a year in post.")));
	}

	@Test
	void guidanceTooLongWithControlCharactersOrWithAnUnrealDateIsRefusedWithTheInputKept() throws Exception {
		this.mvc
			.perform(route("long-guidance", "eligibility.nations", "ENGLAND", "staffAndStudy.guidance",
					"a".repeat(1001)))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(containsString("href=\"#staffAndStudy.guidance\">Enter no more than 1000 characters")))
			.andExpect(content().string(containsString("a".repeat(1001) + "</textarea>")));
		this.mvc
			.perform(route("hidden-guidance", "eligibility.nations", "ENGLAND", "staffAndStudy.guidance",
					"Odd \u0007 text"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Remove the hidden control characters")));
		this.mvc
			.perform(route("unreal-date", "eligibility.nations", "ENGLAND", "staffAndStudy.guidance", "Advice.",
					"staffAndStudy.guidanceDated.day", "31", "staffAndStudy.guidanceDated.month", "2",
					"staffAndStudy.guidanceDated.year", "2022"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#staffAndStudy.guidanceDated")))
			.andExpect(content().string(containsString("Enter a real date")));
		this.mvc
			.perform(route("date-alone", "eligibility.nations", "ENGLAND", "staffAndStudy.guidanceDated.day", "1",
					"staffAndStudy.guidanceDated.month", "2", "staffAndStudy.guidanceDated.year", "2022"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter the guidance this date belongs to")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from entry_route where code in ('long-guidance', 'hidden-guidance', 'unreal-date', 'date-alone')",
				Integer.class))
			.isZero();
	}

}
