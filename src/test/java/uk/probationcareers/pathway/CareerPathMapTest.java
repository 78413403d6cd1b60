package uk.probationcareers.pathway;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleSummary;
import uk.probationcareers.support.RunningSiteTest;
import uk.probationcareers.system.PublishedPageCache;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.probationcareers.pathway.MapPage.step;

class CareerPathMapTest extends RunningSiteTest {

	@Autowired
	RoleCatalogue catalogue;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	PublishedPageCache pageCache;

	@Test
	void theDrawingAndTheListShowEveryPublishedRoleAndEveryProgressionLink() {
		HttpResponse<String> response = this.pages.get("/career-paths");
		assertThat(response.statusCode()).isEqualTo(200);
		MapPage map = MapPage.of(response.body());

		Set<String> published = this.catalogue.publishedRoles()
			.stream()
			.map(RoleSummary::slug)
			.collect(Collectors.toSet());
		Set<String> links = this.catalogue.careerPathLinks()
			.stream()
			.map((link) -> step(link.fromSlug(), link.toSlug()))
			.collect(Collectors.toSet());
		assertThat(published).hasSizeGreaterThanOrEqualTo(9);
		assertThat(links).contains(step("probation-service-officer", "trainee-probation-officer"),
				step("trainee-probation-officer", "probation-officer"),
				step("probation-officer", "senior-probation-officer"));

		assertThat(map.drawnRoles()).isEqualTo(published).isEqualTo(map.listedRoles());
		assertThat(map.drawnSteps()).isEqualTo(links).isEqualTo(map.listedSteps());
	}

	@Test
	void eachArrowIsLabelledWithItsTypicalTimeAndRoute() {
		String drawing = MapPage.of(this.pages.get("/career-paths").body()).drawing();
		for (CareerPathLink link : this.catalogue.careerPathLinks()) {
			String label = words(arrow(drawing, link));
			if (link.typicalTime() != null) {
				assertThat(label).as(link.toString()).contains("Typical time: " + link.typicalTime());
			}
			if (link.routeName() != null) {
				assertThat(label).as(link.toString()).contains("Route: " + link.routeName());
			}
		}
		assertThat(drawing).contains("marker-end=\"url(#map-arrowhead)\"", "aria-hidden=\"true\"");
	}

	@Test
	void aNationShowsItsRolesWithTheRolesTheyLeadToOrFromMarkedAsOutsideTheChoice() {
		String body = this.pages.get("/career-paths?nation=ENGLAND_WALES&stage=QUALIFIED").body();
		MapPage map = MapPage.of(body);
		assertThat(map.drawnRoles()).containsExactlyInAnyOrder("probation-officer", "trainee-probation-officer",
				"senior-probation-officer");
		assertThat(map.listedRoles()).isEqualTo(map.drawnRoles());
		assertThat(map.drawnSteps()).isEqualTo(map.listedSteps())
			.containsExactlyInAnyOrder(step("trainee-probation-officer", "probation-officer"),
					step("probation-officer", "senior-probation-officer"));
		assertThat(body).contains("<option value=\"ENGLAND_WALES\" selected=\"selected\">",
				"<option value=\"QUALIFIED\" selected=\"selected\">", "stroke-dasharray=\"6 4\"",
				"outside your choice");
	}

	@Test
	void aStageWithNoRolesYetSaysSo() {
		HttpResponse<String> response = this.pages.get("/career-paths?stage=MANAGEMENT&nation=SCOTLAND");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("We do not describe any roles for this choice yet.")
			.doesNotContain("<svg", "id=\"map-list\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nation=WALES", "stage=qualified", "nation=%3Cscript%3E", "stage=SENIOR&nation=1" })
	void aChoiceThatIsNotOnTheFormIsRefusedWithAnExplanation(String query) {
		HttpResponse<String> response = this.pages.get("/career-paths?" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<title>Error: Career paths", "There is a problem", "govuk-error-message")
			.containsAnyOf("Select a nation from the list", "Select a career stage from the list")
			.doesNotContain("<svg", "<script>");
	}

	@Test
	void eachProfileDrawsTheRolesLeadingToItAndFromIt() {
		MapPage around = MapPage.of(this.pages.get("/roles/trainee-probation-officer").body());
		assertThat(around.drawnRoles()).containsExactlyInAnyOrder("probation-service-officer",
				"trainee-probation-officer", "probation-officer");
		assertThat(around.drawnSteps()).containsExactlyInAnyOrder(
				step("probation-service-officer", "trainee-probation-officer"),
				step("trainee-probation-officer", "probation-officer"));
		assertThat(this.pages.get("/roles/prison-officer").body()).doesNotContain("<svg")
			.contains("href=\"/career-paths?nation=RELATED\"");
	}

	@Test
	void aRoleAddedToTheDatabaseShowsOnTheMapOnceTheCachesAreEmptied() {
		assertThat(MapPage.of(this.pages.get("/career-paths").body()).drawnRoles())
			.doesNotContain("head-of-probation-delivery-unit");
		TestRoles roles = new TestRoles(this.jdbc);
		roles.add("head-of-probation-delivery-unit", "Head of a probation delivery unit", "ENGLAND_WALES",
				"MANAGEMENT");
		roles.link("senior-probation-officer", "head-of-probation-delivery-unit", "Several years as a senior");
		try {
			emptyCaches();
			MapPage map = MapPage.of(this.pages.get("/career-paths").body());
			assertThat(map.drawnRoles()).contains("head-of-probation-delivery-unit");
			assertThat(map.listedRoles()).contains("head-of-probation-delivery-unit");
			assertThat(map.drawnSteps()).contains(step("senior-probation-officer", "head-of-probation-delivery-unit"));
			assertThat(map.drawing()).contains(">Management</text>");
			assertThat(words(map.drawing())).contains("Typical time: Several years as a senior");
		}
		finally {
			roles.removeAll();
			emptyCaches();
		}
	}

	@Test
	void withMoreRolesThanCanBeDrawnTheRolesAreCountedByNationAndStageUntilOneIsChosen() {
		TestRoles roles = new TestRoles(this.jdbc);
		for (int i = 1; i <= CareerMaps.MOST_DRAWN; i++) {
			roles.add("extra-role-" + i, "Extra role " + i, "RELATED", (i % 2 == 0) ? "ENTRY" : "SENIOR");
		}
		try {
			emptyCaches();
			String whole = this.pages.get("/career-paths").body();
			assertThat(MapPage.of(whole).isDrawn()).isFalse();
			assertThat(MapPage.of(whole).listedRoles()).isEmpty();
			assertThat(whole).contains("too many to draw", "Choose a nation or a career stage",
					"href=\"/career-paths?nation=RELATED&amp;stage=ENTRY\"", " roles: Related careers, Entry\"",
					"aria-label=\"20 roles: Related careers, Senior\"");

			MapPage related = MapPage.of(this.pages.get("/career-paths?nation=RELATED").body());
			assertThat(related.isDrawn()).isFalse();
			assertThat(related.listedRoles()).contains("extra-role-1", "extra-role-2");

			MapPage england = MapPage.of(this.pages.get("/career-paths?nation=ENGLAND_WALES").body());
			assertThat(england.isDrawn()).isTrue();
			assertThat(england.drawnRoles()).contains("probation-officer").doesNotContain("extra-role-1");
			assertThat(england.drawnRoles()).isEqualTo(england.listedRoles());
		}
		finally {
			roles.removeAll();
			emptyCaches();
		}
	}

	@Test
	void theMapIsLinkedFromTheNavigationAndTheHomePage() {
		assertThat(this.pages.get("/").body()).contains("href=\"/career-paths\"");
		assertThat(this.pages.get("/career-paths").body()).contains("aria-current=\"true\"");
	}

	private void emptyCaches() {
		List.of("publishedRoles", "careerPathLinks", "roleProfiles")
			.forEach((name) -> this.caches.getCache(name).clear());
		this.pageCache.clear();
	}

	private static String arrow(String drawing, CareerPathLink link) {
		int start = drawing.indexOf("data-from=\"" + link.fromSlug() + "\" data-to=\"" + link.toSlug() + "\"");
		assertThat(start).as(link.toString()).isNotNegative();
		return drawing.substring(start, drawing.indexOf("</g>", start));
	}

	private static String words(String svg) {
		return HtmlUtils.htmlUnescape(svg.replaceAll("<[^>]+>", " ").replaceAll("^[^>]*>", "")).replaceAll("\\s+", " ");
	}

}
