package uk.probationcareers.compare;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
	void theFirstRowsOfTheComparisonAreTheKeyFactsOfEachProfileWordForWord() {
		List<String> slugs = List.of("probation-officer", "probation-service-officer", "youth-justice-worker",
				"justice-social-worker-scotland");
		String comparison = this.pages.get("/compare?roles=" + String.join(",", slugs)).body();
		List<String> rows = List.of(comparison.substring(comparison.indexOf("<tbody")).split("<tr "));
		List<String> profileRows = List.of("key-pay", "key-hours", "key-way-in", "key-qualification", "key-apply",
				"key-nations");
		List<String> labels = List.of("Pay", "Hours", "Quickest way in", "Qualification you end with",
				"Can I apply now?", "Where");
		for (int row = 0; row < profileRows.size(); row++) {
			String tableRow = rows.get(row + 1);
			assertThat(tableRow).as("row %d", row + 1).contains(">" + labels.get(row) + "<");
			List<String> cells = List.of(tableRow.split("<td ")).subList(1, slugs.size() + 1);
			for (int column = 0; column < slugs.size(); column++) {
				String profile = this.pages.get("/roles/" + slugs.get(column)).body();
				String cell = cells.get(column);
				String id = "id=\"" + profileRows.get(row) + "\"";
				if (!profile.contains(id)) {
					assertThat(cell).as(slugs.get(column) + " " + labels.get(row)).doesNotContain("href=");
					continue;
				}
				String fact = profile.substring(profile.indexOf(id), profile.indexOf("</div>", profile.indexOf(id)));
				String factText = plain(fact);
				for (String words : texts(cell)) {
					assertThat(factText).as(slugs.get(column) + " " + labels.get(row)).contains(words);
				}
				Matcher link = HREF.matcher(cell);
				while (link.find()) {
					assertThat(fact).as(slugs.get(column) + " " + labels.get(row)).contains(link.group());
				}
			}
		}
		assertThat(rows.get(profileRows.size() + 1)).contains(">Summary<");
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
			.contains("\r\nPay band,")
			.containsSubsequence("\r\nPay,", "\r\nHours,", "\r\nQuickest way in,", "\r\nQualification you end with,",
					"\r\nCan I apply now?,", "\r\nWhere,", "\r\nSummary,");
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

	private static final Pattern HREF = Pattern.compile("href=\"[^\"]+\"");

	/**
	 * The pieces of text in an HTML fragment, each with its spacing tidied.
	 */
	private static List<String> texts(String html) {
		String cell = html.substring(html.indexOf('>') + 1, html.indexOf("</td>"));
		return Stream.of(cell.split("<[^>]+>"))
			.map((text) -> text.replaceAll("\\s+", " ").trim())
			.filter((text) -> !text.isEmpty())
			.toList();
	}

	private static String plain(String html) {
		return html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
	}

	@Test
	void handEditedNonsenseGetsTheChooserWithStatus400AndIsNeverEchoed() {
		HttpResponse<String> response = this.pages.get("/compare?roles=%3Cscript%3Ealert(1)%3C/script%3E");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("There is a problem", "Select roles from the list")
			.doesNotContain("<script>alert", "alert(1)");
	}

}
