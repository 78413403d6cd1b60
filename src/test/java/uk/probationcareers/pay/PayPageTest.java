package uk.probationcareers.pay;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import uk.probationcareers.support.RunningSiteTest;
import uk.probationcareers.system.PublishedPageCache;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pay page lists every band and every pay award event the database holds, each with
 * its source.
 */
class PayPageTest extends RunningSiteTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	PublishedPageCache pageCache;

	@Test
	void everyPayBandHasARowWithItsStatusAndSource() {
		String body = this.pages.get("/pay").body();
		List<Map<String, Object>> bands = this.jdbc
			.queryForList("select p.code, p.band, s.url from pay_band p join source s on s.id = p.source_id");
		assertThat(bands).hasSizeGreaterThanOrEqualTo(4);
		for (Map<String, Object> band : bands) {
			assertThat(body).contains("id=\"band-" + band.get("CODE") + "\"",
					HtmlUtils.htmlEscape((String) band.get("BAND")), "href=\"" + band.get("URL") + "\"");
		}
		assertThat(count(body, "<tbody class=\"govuk-table__body\" id=\"band-")).isEqualTo(bands.size());
	}

	@Test
	void eachBandNamesThePublishedRolesPaidOnIt() {
		String body = this.pages.get("/pay").body();
		String band3 = body.substring(body.indexOf("id=\"band-probation-band-3\""));
		band3 = band3.substring(0, band3.indexOf("</tbody>"));
		assertThat(band3).contains("href=\"/roles/probation-service-officer\"",
				"href=\"/roles/approved-premises-residential-worker\"", "\u00a326,475 to \u00a331,650 a year",
				"Pay year 2024/25", "2024/25 rates, 2025/26 award not settled");
	}

	@Test
	void whereitStandsShowsEveryAwardEventWithItsDateAndSource() {
		String body = this.pages.get("/pay").body();
		List<Map<String, Object>> events = this.jdbc
			.queryForList("select e.description, s.url from pay_award_event e join source s on s.id = e.source_id");
		assertThat(events).hasSizeGreaterThanOrEqualTo(5);
		for (Map<String, Object> event : events) {
			assertThat(body).contains(HtmlUtils.htmlEscape((String) event.get("DESCRIPTION")),
					"href=\"" + event.get("URL") + "\"");
		}
		assertThat(body).contains("id=\"where-pay-stands\"", "The 2025/26 pay award", "No settlement found",
				"As of 4 December 2026, when we last checked, no settlement of this award had been published.",
				"26 January 2026", "4 February 2026 to 27 February 2026", "11 June 2026", "By January 2025",
				"23 November 2026");
	}

	@Test
	void anEventAddedToTheDatabaseShowsWithoutACodeChange() {
		this.jdbc.update("""
				insert into pay_award_event (award_id, event_date, kind, description, source_id)
				values ((select id from pay_award where award_year = '2025/26'), date '2026-11-24', 'STATEMENT',
				'A test statement about pay.', (select id from source where code = 'napo'))""");
		try {
			this.caches.getCache("payOverview").clear();
			this.pageCache.clear();
			assertThat(this.pages.get("/pay").body()).contains("A test statement about pay.", "24 November 2026");
		}
		finally {
			this.jdbc.update("delete from pay_award_event where description = 'A test statement about pay.'");
			this.caches.getCache("payOverview").clear();
			this.pageCache.clear();
		}
	}

	@Test
	void thePayPageIsLinkedFromTheNavigationAndTheHomePage() {
		assertThat(this.pages.get("/").body()).contains("href=\"/pay\"");
		assertThat(this.pages.get("/pay").body()).contains("aria-current=\"true\"");
	}

	private static int count(String text, String fragment) {
		int count = 0;
		for (int at = text.indexOf(fragment); at >= 0; at = text.indexOf(fragment, at + 1)) {
			count++;
		}
		return count;
	}

}
