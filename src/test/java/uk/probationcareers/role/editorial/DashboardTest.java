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
	void payYearsStartInApril() {
		assertThat(Dashboard.currentPayYear(LocalDate.of(2026, 3, 31))).isEqualTo("2025/26");
		assertThat(Dashboard.currentPayYear(LocalDate.of(2026, 4, 1))).isEqualTo("2026/27");
		assertThat(Dashboard.currentPayYear(LocalDate.of(2099, 12, 1))).isEqualTo("2099/00");
	}

}
