package uk.probationcareers.role.editorial;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.admin.AuditWords;
import uk.probationcareers.role.EditionState;

/**
 * What the dashboard lists: editions waiting for a reviewer or a second look, what was
 * published lately, and content that is getting old: profiles and sources not checked for
 * a year, pay figures that are unconfirmed or belong to an earlier pay year.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	static final int RECENT_DAYS = 30;

	/**
	 * How old the pay page's "as of" date for an unsettled award may get before editors
	 * are asked to look again.
	 */
	static final int PAY_AWARD_CHECK_MONTHS = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final EditionStore editions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AuditWords words;

	Dashboard(EditionStore editions, JdbcTemplate jdbc, Clock clock, AuditWords words) {
		this.editions = editions;
		this.jdbc = jdbc;
		this.clock = clock;
		this.words = words;
	}

	public List<DashboardItem> awaitingReview() {
		return this.editions.inState(EditionState.IN_REVIEW)
			.stream()
			.map((e) -> edition(e, e.submittedBy(), e.submittedAt()))
			.toList();
	}

	public List<DashboardItem> recentlyPublished() {
		return this.editions.publishedSince(OffsetDateTime.now(this.clock).minusDays(RECENT_DAYS))
			.stream()
			.map((e) -> edition(e, e.publishedBy(), e.publishedAt()))
			.toList();
	}

	public List<DashboardItem> awaitingSecondLook() {
		return this.editions.awaitingSecondLook()
			.stream()
			.map((e) -> new DashboardItem(e.label(), e.publishedBy() + ": " + e.forceReason(), editionPage(e)))
			.toList();
	}

	public List<DashboardItem> profilesNotReviewed() {
		return this.editions.liveReviewedBefore(yearAgo())
			.stream()
			.map((e) -> new DashboardItem(e.title(), DAY.format(e.lastReviewed()), "/admin/roles/" + e.slug()))
			.toList();
	}

	/**
	 * Pay bands whose figures are unconfirmed, are an earlier year's rates, or belong to
	 * a pay year before the current one (pay years start in April).
	 */
	public List<DashboardItem> payToCheck() {
		return this.jdbc.query("""
				SELECT id, organisation, band, pay_year, award_status FROM pay_band
				WHERE award_status IN ('UNCONFIRMED', 'EARLIER_YEAR_RATES') OR pay_year IS NULL OR pay_year < ?
				ORDER BY organisation, band""",
				(rs, row) -> new DashboardItem(rs.getString("organisation") + ": " + rs.getString("band"),
						this.words.value("awardStatus", rs.getString("award_status"))
								+ ((rs.getString("pay_year") != null) ? ", " + rs.getString("pay_year") : ""),
						"/admin/pay-bands/" + rs.getLong("id") + "/edit"),
				currentPayYear(LocalDate.now(this.clock)));
	}

	/**
	 * Unsettled pay awards whose latest check, the date the pay page gives in "As of ...,
	 * no settlement had been published", is more than three months old, or which were
	 * never checked. Each links to that check, to be moved to the day of a fresh look, or
	 * to a new event when there is none.
	 */
	public List<DashboardItem> payAwardsToRecheck() {
		return this.jdbc.query("""
				SELECT a.award_year, a.organisation, e.id, e.event_date FROM pay_award a
				LEFT JOIN pay_award_event e ON e.award_id = a.id AND e.kind = 'CHECK'
				    AND NOT EXISTS (SELECT 1 FROM pay_award_event later WHERE later.award_id = a.id
				        AND later.kind = 'CHECK' AND (later.event_date > e.event_date
				            OR (later.event_date = e.event_date AND later.id > e.id)))
				WHERE a.settled = FALSE AND (e.id IS NULL OR e.event_date < ?)
				ORDER BY a.award_year""", (rs, row) -> {
			LocalDate checked = rs.getObject("event_date", LocalDate.class);
			String label = rs.getString("award_year") + " pay award, " + rs.getString("organisation");
			return (checked != null)
					? new DashboardItem(label, DAY.format(checked),
							"/admin/pay-award-events/" + rs.getLong("id") + "/edit")
					: new DashboardItem(label, null, "/admin/pay-award-events/new");
		}, LocalDate.now(this.clock).minusMonths(PAY_AWARD_CHECK_MONTHS));
	}

	public List<DashboardItem> sourcesNotChecked() {
		return this.jdbc.query(
				"SELECT id, title, date_checked FROM source WHERE date_checked < ? ORDER BY date_checked",
				(rs, row) -> new DashboardItem(rs.getString("title"),
						DAY.format(rs.getObject("date_checked", LocalDate.class)),
						"/admin/sources/" + rs.getLong("id") + "/edit"),
				yearAgo());
	}

	/**
	 * Routes whose last recruitment window has passed, so the public pages say there are
	 * no current dates: each links to that window, to be updated or followed by the next.
	 */
	public List<DashboardItem> recruitmentPassed() {
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc.query(
				"""
						SELECT w.id, r.name, w.intake, COALESCE(w.closes_on, w.starts_on, w.opens_on) AS last_date
						FROM recruitment_window w JOIN entry_route r ON r.id = w.entry_route_id
						WHERE COALESCE(w.closes_on, w.starts_on, w.opens_on) < ?
						AND NOT EXISTS (SELECT 1 FROM recruitment_window o WHERE o.entry_route_id = w.entry_route_id
						    AND o.id <> w.id AND COALESCE(o.closes_on, o.starts_on, o.opens_on) >= COALESCE(w.closes_on, w.starts_on, w.opens_on))
						ORDER BY r.name""",
				(rs, row) -> new DashboardItem(rs.getString("name"),
						rs.getString("intake") + ", " + DAY.format(rs.getObject("last_date", LocalDate.class)),
						"/admin/recruitment-windows/" + rs.getLong("id") + "/edit"),
				today);
	}

	/**
	 * The pay year a day falls in, written like 2026/27: from 1 April to 31 March.
	 */
	static String currentPayYear(LocalDate day) {
		int start = (day.getMonthValue() >= 4) ? day.getYear() : day.getYear() - 1;
		return start + "/" + String.format("%02d", (start + 1) % 100);
	}

	private LocalDate yearAgo() {
		return LocalDate.now(this.clock).minusMonths(12);
	}

	private static DashboardItem edition(EditionRow e, String who, OffsetDateTime when) {
		return new DashboardItem(e.label(),
				((who != null) ? who : "") + ((when != null) ? ", " + DAY.format(when.toLocalDate()) : ""),
				editionPage(e));
	}

	private static String editionPage(EditionRow e) {
		return "/admin/roles/" + e.slug() + "/editions/" + e.number();
	}

}
