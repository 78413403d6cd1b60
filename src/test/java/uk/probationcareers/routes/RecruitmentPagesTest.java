package uk.probationcareers.routes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.system.CatalogueChanged;
import uk.probationcareers.support.MovableClock;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a route is open is worked out from its dated windows and today, on the route
 * page, the PQiP role pages and the finder's results alike.
 */
class RecruitmentPagesTest extends RunningSiteTest {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	static final String A_LEVELS = "/route-finder/results?nation=england-wales&qualification=level-3&experience=yes"
			+ "&employer=neither&uk-residence=yes&nationality=yes&adult=yes&part-time=no";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	MovableClock clock;

	@AfterEach
	void removeTheWindows() {
		change("delete from recruitment_window where intake like 'Test %'");
		this.clock.reset();
		change("select 1");
	}

	@Test
	void theSeededRoutesSayThereAreNoCurrentDatesAndWhereToRegisterInterest() {
		String route = this.pages.get("/routes/pqip-non-graduate").body();
		assertThat(route).contains("We have no current dates for applications.",
				"Intakes usually start in March and September.",
				"The last intake we hold dates for is September 2025, which started on 8 September 2025.",
				"Register your interest so you hear when applications open");
	}

	@Test
	void aWindowOpenTodayShowsAsOpenWithItsClosingDateAndClosesWhenTheDatePasses() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate closes = today.plusDays(10);
		insertWindow("Test March 2027", today.minusDays(5), closes);
		String open = "Open now: applications close on " + DAY.format(closes) + " (Test March 2027 intake).";
		assertThat(this.pages.get("/routes/pqip-non-graduate").body()).contains(open);
		assertThat(this.pages.get("/roles/trainee-probation-officer").body()).contains(open);
		assertThat(this.pages.get(A_LEVELS).body()).contains(open);
		assertThat(this.pages.get("/routes").body()).contains("Open now, closes " + DAY.format(closes));

		this.clock.moveForward(Duration.ofDays(11));
		change("select 1");
		assertThat(this.pages.get("/routes/pqip-non-graduate").body()).doesNotContain(open)
			.contains("We have no current dates for applications.");
	}

	@Test
	void aWindowAheadShowsAsClosedWithTheDateTheNextCampaignOpens() {
		LocalDate opens = LocalDate.now(this.clock).plusDays(30);
		insertWindow("Test September 2027", opens, opens.plusDays(21));
		assertThat(this.pages.get("/routes/pqip-non-graduate").body())
			.contains("Closed: the next campaign is expected to open on " + DAY.format(opens)
					+ ", for the Test September 2027 intake.");
	}

	private void insertWindow(String intake, LocalDate opens, LocalDate closes) {
		change("insert into recruitment_window (entry_route_id, intake, opens_on, closes_on, source_id, date_checked) "
				+ "select r.id, '" + intake + "', DATE '" + opens + "', DATE '" + closes + "', r.source_id, DATE '"
				+ LocalDate.now(this.clock) + "' from entry_route r where r.code = 'pqip-non-graduate'");
	}

	private void change(String sql) {
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.execute(sql);
			this.events.publishEvent(new CatalogueChanged("recruitment-windows", null));
		});
	}

}
