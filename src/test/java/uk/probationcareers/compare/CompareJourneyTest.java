package uk.probationcareers.compare;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing roles over real HTTP against the seeded catalogue, as a browser without
 * JavaScript would.
 */
class CompareJourneyTest extends RunningSiteTest {

	static final String PSO_AND_PO = "/compare?roles=probation-service-officer,probation-officer";

	@Test
	void theChooserOffersEveryPublishedRoleInItsGroup() {
		HttpResponse<String> response = this.pages.get("/compare");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body())
			.containsSubsequence("Probation Service (England and Wales)", "value=\"probation-service-officer\"",
					"Scotland", "value=\"justice-social-worker-scotland\"", "Northern Ireland", "Related careers",
					"value=\"youth-justice-worker\"")
			.doesNotContain("??");
	}

	@Test
	void probationServiceOfficerAndProbationOfficerAreComparedWithTheWayFromOneToTheOther() {
		HttpResponse<String> response = this.pages.get(PSO_AND_PO);
		String body = response.body();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(body)
			.contains("<th scope=\"col\" class=\"govuk-table__header\">", ">Probation service officer</a>",
					">Probation officer</a>")
			.contains("app-compare__differs", ">Differs</strong>", "Band 3", "Band 4")
			.contains("class=\"app-table-container\" tabindex=\"0\" role=\"region\"")
			.doesNotContain("??", "Exception");
		assertThat(body).containsSubsequence("How these roles connect",
				"From Probation service officer to Probation officer", "Probation service officer",
				"href=\"/roles/trainee-probation-officer\"",
				"Route: Internal PQiP campaign for Probation Service and Ministry of Justice staff",
				"href=\"/roles/probation-officer\"");
	}

	@Test
	void theComparisonCanBeNarrowedToItsDifferences() {
		String body = this.pages.get(PSO_AND_PO + "&differences=only").body();
		assertThat(body).contains("Show all rows", ">Differs</strong>").doesNotContain(">Same for all</strong>");
	}

	@Test
	void theSpreadsheetComesFromTheSeededCatalogue() {
		HttpResponse<byte[]> response = this.pages
			.getBytes("/compare.csv?roles=probation-service-officer,probation-officer", Map.of());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"role-comparison.csv\"");
		String csv = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFAttribute,Probation service officer,Probation officer\r\n")
			.contains("\r\nPay band,");
	}

	@Test
	void everyRoleProfileOffersToCompareItWithTheRolesNextToIt() {
		String body = this.pages.get("/roles/probation-officer").body();
		assertThat(body).contains("Compare this role with",
				"href=\"/compare?roles=probation-officer,trainee-probation-officer\"",
				"href=\"/compare?roles=probation-officer,senior-probation-officer\"",
				"href=\"/compare?roles=probation-officer,prison-officer\"");
		assertThat(this.pages.get("/compare?roles=probation-officer,trainee-probation-officer").statusCode())
			.isEqualTo(200);
	}

	@Test
	void handEditedNonsenseGetsTheChooserWithStatus400AndIsNeverEchoed() {
		HttpResponse<String> response = this.pages.get("/compare?roles=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("There is a problem", "Select roles from the list")
			.doesNotContain("<script>alert", "alert(1)");
	}

}
