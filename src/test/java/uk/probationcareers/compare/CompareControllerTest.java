package uk.probationcareers.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleProfile;
import uk.probationcareers.system.RetiredCodes;
import uk.probationcareers.system.SiteAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.probationcareers.compare.Profiles.link;
import static uk.probationcareers.compare.Profiles.role;

/**
 * The controller alone, with a hand-made catalogue. The site's security rules (every GET
 * is public) are covered by the full-stack tests, so the filters are left out here.
 */
@WebMvcTest(CompareController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import(SiteAddress.class)
class CompareControllerTest {

	static final List<RoleProfile> ROLES = List.of(
			role("probation-service-officer", "Probation service officer").pay("Band 3", 26475, 31000)
				.skills("listening", "writing")
				.build(),
			role("probation-officer", "Probation officer").pay("Band 4", 35500, 42000).skills("listening").build(),
			role("senior-probation-officer", "Senior probation officer").build(),
			role("prison-officer", "Prison officer").build(),
			role("youth-justice-worker", "Youth justice worker").build());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	RoleCatalogue catalogue;

	/** No role has changed its slug: every unknown slug is unknown. */
	@MockitoBean
	RetiredCodes retired;

	@BeforeEach
	void publishRoles() {
		given(this.catalogue.publishedRoles())
			.willReturn(ROLES.stream().map((r) -> role(r.slug(), r.title()).summary()).toList());
		ROLES.forEach((r) -> given(this.catalogue.profile(r.slug())).willReturn(Optional.of(r)));
		given(this.catalogue.careerPathLinks()).willReturn(List.of(link("probation-service-officer",
				"probation-officer", "Probation officer", "2 years", "Internal PQiP route")));
	}

	@Test
	void theChooserListsEveryPublishedRoleAsACheckboxWithNothingTickedAndNoError() throws Exception {
		MvcResult result = this.mvc.perform(get("/compare")).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body).contains("<title>Compare roles – Probation Careers Guide</title>")
			.contains("id=\"roles\"", "value=\"probation-service-officer\"", "value=\"youth-justice-worker\"")
			.contains("name=\"roles\"", "method=\"get\"", "action=\"/compare\"")
			.doesNotContain("checked=\"checked\"", "There is a problem", "govuk-form-group--error");
	}

	static Stream<Arguments> badChoices() {
		return Stream.of(Arguments.of("", "Select the roles you want to compare"),
				Arguments.of("probation-officer", "Select at least 2 roles to compare"),
				Arguments.of("probation-officer,probation-officer", "Select at least 2 roles to compare"),
				Arguments.of("probation-service-officer,probation-officer,senior-probation-officer,prison-officer,"
						+ "youth-justice-worker", "Select no more than 4 roles to compare"),
				Arguments.of("probation-officer,astronaut", "Select roles from the list"),
				Arguments.of("<script>alert(1)</script>", "Select roles from the list"),
				Arguments.of("probation-officer," + "a".repeat(4000), "Select roles from the list"));
	}

	@ParameterizedTest
	@MethodSource("badChoices")
	void aBadChoiceShowsTheChooserAgainWithTheProblemExplainedAndStatus400(String roles, String problem)
			throws Exception {
		MvcResult result = this.mvc.perform(get("/compare").param("roles", roles)).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(body).contains("<title>Error: Compare roles – Probation Careers Guide</title>")
			.contains("class=\"govuk-error-summary\"", "There is a problem", "<a href=\"#roles\">" + problem)
			.contains("govuk-form-group govuk-form-group--error", "aria-describedby=\"roles-hint roles-error\"")
			.contains("<p id=\"roles-error\" class=\"govuk-error-message\">",
					"<span class=\"govuk-visually-hidden\">Error:</span>")
			.doesNotContain("<script>alert", "&lt;script&gt;", "aaaaaaaaaa", "??");
	}

	@Test
	void theKnownRolesOfABadChoiceStayTicked() throws Exception {
		String body = body(get("/compare").param("roles", "probation-officer", "astronaut", "prison-officer"));
		assertThat(body).containsPattern("value=\"probation-officer\"\\s+checked=\"checked\"")
			.containsPattern("value=\"prison-officer\"\\s+checked=\"checked\"")
			.doesNotContainPattern("value=\"probation-service-officer\"\\s+checked");
	}

	@Test
	void commaSeparatedAndRepeatedRolesGiveTheSameComparison() throws Exception {
		String commas = body(get("/compare").param("roles", "probation-service-officer,probation-officer"));
		MvcResult repeated = this.mvc
			.perform(get("/compare").param("roles", "probation-service-officer", "probation-officer", ""))
			.andReturn();
		assertThat(repeated.getResponse().getStatus()).isEqualTo(200);
		assertThat(repeated.getResponse().getContentAsString()).isEqualTo(commas);
		assertThat(commas).doesNotContain("??");
		assertThat(commas).contains("<caption", "scope=\"col\"", "scope=\"row\"", "Differs", "Same for all")
			.contains("/compare?roles=probation-service-officer,probation-officer&amp;differences=only")
			.contains("/compare.csv?roles=probation-service-officer,probation-officer")
			.contains(
					"Printed from http://localhost:8080/compare?roles=probation-service-officer,probation-officer on ")
			.contains("From Probation service officer to Probation officer", "Route: Internal PQiP route");
	}

	@Test
	void differencesOnlyHidesTheRowsWhereAllRolesAgreeAndLinksBackToAllRows() throws Exception {
		String all = body(get("/compare").param("roles", "probation-service-officer,probation-officer"));
		String only = body(get("/compare").param("roles", "probation-service-officer,probation-officer")
			.param("differences", "only"));
		assertThat(all).contains("Where", "Skills shared by all these roles");
		assertThat(only)
			.contains("Pay band", "Show all rows",
					"href=\"/compare?roles=probation-service-officer,probation-officer\"")
			.doesNotContain(">Where<", "Skills shared by all these roles", ">Same for all<");
	}

	@Test
	void theTableOpensWithTheKeyFactsOfEachRoleBeforeAnythingElse() throws Exception {
		String body = body(get("/compare").param("roles", "probation-service-officer,probation-officer"));
		String table = body.substring(body.indexOf("<tbody"));
		assertThat(table).containsSubsequence(">Pay<", "£26,475 to £31,000 a year", "Agreed for 2025/26",
				"£35,500 to £42,000 a year", ">Hours<", "37 hours a week", ">Quickest way in<",
				">Qualification you end with<", ">Can I apply now?<", ">Where<", "England, Wales", ">Summary<");
	}

	@Test
	void aRoleWithdrawnWhileTheComparisonIsReadIsRefusedLikeAnUnknownOne() throws Exception {
		given(this.catalogue.profile("probation-officer")).willReturn(Optional.empty());
		MvcResult result = this.mvc
			.perform(get("/compare").param("roles", "probation-service-officer,probation-officer"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString()).contains("Select roles from the list");
	}

	@Test
	void theSpreadsheetIsACsvAttachmentWithARowPerAttributeAndAColumnPerRole() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/compare.csv").param("roles", "probation-service-officer", "probation-officer"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"role-comparison.csv\"");
		String csv = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFAttribute,Probation service officer,Probation officer\r\n")
			.contains("\r\nPay,\"£26,475 to £31,000 a year \u2013 Agreed for 2025/26\","
					+ "\"£35,500 to £42,000 a year \u2013 Agreed for 2025/26\"\r\n")
			.contains("\r\nWhere,\"England, Wales\",\"England, Wales\"\r\n")
			.doesNotContain("\r\nPay year,");
	}

	@ParameterizedTest
	@MethodSource("badChoices")
	void aBadChoiceForTheSpreadsheetIsRefusedInPlainTextWithStatus400(String roles, String problem) throws Exception {
		MvcResult result = this.mvc.perform(get("/compare.csv").param("roles", roles)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentType()).startsWith("text/plain");
		assertThat(result.getResponse().getHeader("Content-Disposition")).isNull();
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("There is a problem: " + problem)
			.doesNotContain("<script>", "aaaaaaaaaa");
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
