package uk.probationcareers.role.editorial;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard lists what is getting old, as the clock moves on, and links each item to
 * where it is fixed.
 */
@TestPropertySource(properties = "site.test-database=editorial-dashboard")
class DashboardTest extends AdminSiteTest {

	@Autowired
	Dashboard dashboard;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void profilesAndSourcesAppearOnceTheyHaveNotBeenCheckedForAYear() {
		assertThat(this.dashboard.profilesNotReviewed()).isEmpty();
		long source = this.jdbc.queryForObject("SELECT id FROM source WHERE code = 'napo'", Long.class);
		assertThat(this.dashboard.sourcesNotChecked())
			.noneMatch((item) -> item.href().endsWith("/" + source + "/edit"));

		this.clock.moveForward(Duration.ofDays(400));

		assertThat(this.dashboard.profilesNotReviewed()).extracting(DashboardItem::href)
			.contains("/admin/roles/probation-officer", "/admin/roles/probation-service-officer");
		assertThat(this.dashboard.sourcesNotChecked()).extracting(DashboardItem::href)
			.contains("/admin/sources/" + source + "/edit");
		HttpPages editor = signedIn(UserRole.EDITOR);
		assertThat(editor.get("/admin").body()).contains("Profiles not reviewed for 12 months",
				"href=\"/admin/roles/probation-officer\"", "href=\"/admin/sources/" + source + "/edit\"");
	}

	@Test
	void aRouteWhoseLastRecruitmentDatesHavePassedIsListedUntilALaterWindowIsAdded() {
		long seeded = this.jdbc.queryForObject("""
				SELECT w.id FROM recruitment_window w JOIN entry_route r ON r.id = w.entry_route_id
				WHERE r.code = 'pqip-21-month'""", Long.class);
		assertThat(this.dashboard.recruitmentPassed()).extracting(DashboardItem::href)
			.contains("/admin/recruitment-windows/" + seeded + "/edit");

		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.update("""
				INSERT INTO recruitment_window (entry_route_id, intake, opens_on, closes_on, source_id, date_checked)
				SELECT id, 'Next intake', ?, ?, source_id, ? FROM entry_route WHERE code = 'pqip-21-month'""",
				today.plusDays(5), today.plusDays(20), today);
		assertThat(this.dashboard.recruitmentPassed()).extracting(DashboardItem::label)
			.doesNotContain("Trainee probation officer (PQiP): 21-month route");

		this.clock.moveForward(Duration.ofDays(30));
		assertThat(this.dashboard.recruitmentPassed()).extracting(DashboardItem::label)
			.contains("Trainee probation officer (PQiP): 21-month route");
		assertThat(signedIn(UserRole.EDITOR).get("/admin").body())
			.contains("Routes whose last recruitment dates have passed");
	}

	@Test
	void payFiguresThatAreUnconfirmedOrFromAnEarlierPayYearAreListedWithTheirEditPage() {
		long band3 = this.jdbc.queryForObject("SELECT id FROM pay_band WHERE code = 'probation-band-3'", Long.class);
		assertThat(this.dashboard.payToCheck()).extracting(DashboardItem::href)
			.contains("/admin/pay-bands/" + band3 + "/edit");
		long bands = this.jdbc.queryForObject("SELECT COUNT(*) FROM pay_band", Long.class);
		this.jdbc.update("UPDATE pay_band SET award_status = 'AGREED', pay_year = '2026/27', pending_award_year = NULL"
				+ " WHERE code = 'probation-band-3'");
		try {
			assertThat(this.dashboard.payToCheck()).extracting(DashboardItem::href)
				.doesNotContain("/admin/pay-bands/" + band3 + "/edit");

			this.clock.moveForward(Duration.ofDays(800));

			assertThat(this.dashboard.payToCheck()).hasSize((int) bands)
				.extracting(DashboardItem::href)
				.contains("/admin/pay-bands/" + band3 + "/edit");
		}
		finally {
			this.jdbc.update("UPDATE pay_band SET award_status = 'EARLIER_YEAR_RATES', pay_year = '2024/25',"
					+ " pending_award_year = '2025/26' WHERE code = 'probation-band-3'");
		}
	}

	@Test
	void editorsAreAskedToRecheckWherePayStandsOnceItsAsOfDateIsMoreThanThreeMonthsOld() {
		long check = this.jdbc.queryForObject("""
				SELECT e.id FROM pay_award_event e JOIN pay_award a ON a.id = e.award_id
				WHERE a.award_year = '2025/26' AND e.kind = 'CHECK'
				ORDER BY e.event_date DESC, e.id DESC LIMIT 1""", Long.class);
		LocalDate checked = this.jdbc.queryForObject("SELECT event_date FROM pay_award_event WHERE id = ?",
				LocalDate.class, check);
		this.jdbc.update("UPDATE pay_award_event SET event_date = ? WHERE id = ?", LocalDate.now(this.clock), check);
		try {
			assertThat(this.dashboard.payAwardsToRecheck()).isEmpty();
			assertThat(signedIn(UserRole.EDITOR).get("/admin").body())
				.doesNotContain("href=\"/admin/pay-award-events/" + check + "/edit\"", "Look again for a ballot");

			this.clock.moveForward(Duration.ofDays(80));
			assertThat(this.dashboard.payAwardsToRecheck()).isEmpty();

			this.clock.moveForward(Duration.ofDays(20));
			assertThat(this.dashboard.payAwardsToRecheck()).singleElement()
				.satisfies((item) -> assertThat(item.href()).isEqualTo("/admin/pay-award-events/" + check + "/edit"))
				.satisfies((item) -> assertThat(item.label()).startsWith("2025/26 pay award"));
			assertThat(signedIn(UserRole.EDITOR).get("/admin").body()).contains(
					"Where pay stands: not re-checked for 3 months", "Look again for a ballot",
					"href=\"/admin/pay-award-events/" + check + "/edit\"");
		}
		finally {
			this.jdbc.update("UPDATE pay_award_event SET event_date = ? WHERE id = ?", checked, check);
		}
	}

	@Test
	void aSettledAwardIsNeverAskedAboutAndAnUnsettledOneNeverCheckedLinksToANewEvent() {
		this.clock.moveForward(Duration.ofDays(200));
		assertThat(this.dashboard.payAwardsToRecheck()).extracting(DashboardItem::label)
			.allMatch((label) -> label.startsWith("2025/26"));
		this.jdbc.update("UPDATE pay_award SET settled = TRUE WHERE award_year = '2025/26'");
		this.jdbc.update("INSERT INTO pay_award (award_year, organisation, settled, summary)"
				+ " VALUES ('2026/27', 'HMPPS', FALSE, 'Not yet claimed.')");
		try {
			assertThat(this.dashboard.payAwardsToRecheck()).singleElement()
				.satisfies((item) -> assertThat(item.label()).startsWith("2026/27 pay award"))
				.satisfies((item) -> assertThat(item.href()).isEqualTo("/admin/pay-award-events/new"));
		}
		finally {
			this.jdbc.update("DELETE FROM pay_award WHERE award_year = '2026/27'");
			this.jdbc.update("UPDATE pay_award SET settled = FALSE WHERE award_year = '2025/26'");
		}
	}

	@Test
	void payYearsStartInApril() {
		assertThat(Dashboard.currentPayYear(LocalDate.of(2026, 3, 31))).isEqualTo("2025/26");
		assertThat(Dashboard.currentPayYear(LocalDate.of(2026, 4, 1))).isEqualTo("2026/27");
		assertThat(Dashboard.currentPayYear(LocalDate.of(2099, 12, 1))).isEqualTo("2099/00");
	}

}
