package uk.probationcareers.pay.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PayBandAdminTest extends AdminPagesTest {

	static final String PSO_BAND = "probation-band-3";

	@Autowired
	JdbcTemplate jdbc;

	long bandId() {
		return this.jdbc.queryForObject("select id from pay_band where code = ?", Long.class, PSO_BAND);
	}

	/**
	 * The band's saved values as its edit form submits them.
	 */
	Map<String, String> savedBand() {
		return this.jdbc.queryForObject("""
				select b.*, s.code as source_code from pay_band b join source s on s.id = b.source_id
				where b.code = ?""", (rs, row) -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("version", rs.getString("version"));
			form.put("code", rs.getString("code"));
			form.put("organisation", rs.getString("organisation"));
			form.put("band", rs.getString("band"));
			form.put("payYear", nullToEmpty(rs.getString("pay_year")));
			form.put("minimumPay", nullToEmpty(rs.getString("minimum_pay")));
			form.put("maximumPay", nullToEmpty(rs.getString("maximum_pay")));
			form.put("allowances", nullToEmpty(rs.getString("allowances")));
			form.put("awardStatus", rs.getString("award_status"));
			form.put("pendingAwardYear", nullToEmpty(rs.getString("pending_award_year")));
			form.put("figureBasis", nullToEmpty(rs.getString("figure_basis")));
			form.put("note", nullToEmpty(rs.getString("note")));
			form.put("source", rs.getString("source_code"));
			LocalDate effective = (rs.getDate("effective_date") != null) ? rs.getDate("effective_date").toLocalDate()
					: null;
			form.put("effectiveDate.day", (effective != null) ? String.valueOf(effective.getDayOfMonth()) : "");
			form.put("effectiveDate.month", (effective != null) ? String.valueOf(effective.getMonthValue()) : "");
			form.put("effectiveDate.year", (effective != null) ? String.valueOf(effective.getYear()) : "");
			return form;
		}, PSO_BAND);
	}

	static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

	Map<String, String> savedBandWith(String... namesAndValues) {
		Map<String, String> form = savedBand();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			form.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return form;
	}

	void refused(Map<String, String> form, String field, String message) throws Exception {
		this.mvc.perform(postChange("/admin/pay-bands/" + bandId() + "/edit", form))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#" + field + "\">" + message)))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")));
	}

	@Test
	void theSavedBandCanBeSavedAgainUnchanged() throws Exception {
		this.mvc.perform(postChange("/admin/pay-bands/" + bandId() + "/edit", savedBand()))
			.andExpect(redirectedUrl("/admin/pay-bands"));
	}

	@Test
	void aMinimumAboveTheMaximumIsRefused() throws Exception {
		refused(savedBandWith("minimumPay", "40000", "maximumPay", "30000"), "maximumPay",
				"The top of the band must not be lower than the bottom.");
	}

	@Test
	void negativePayIsRefused() throws Exception {
		refused(savedBandWith("minimumPay", "-1"), "minimumPay", "Enter a number that is 0 or more");
		refused(savedBandWith("maximumPay", "-31650"), "maximumPay", "Enter a number that is 0 or more");
	}

	@Test
	void payThatIsNotAWholeNumberIsRefusedWithoutATechnicalMessage() throws Exception {
		refused(savedBandWith("minimumPay", "£26,475"), "minimumPay", "Enter a whole number, like 31000");
		refused(savedBandWith("minimumPay", "99999999999999"), "minimumPay", "Enter a whole number, like 31000");
	}

	@Test
	void aPayYearMustReadLike2025Slash26WithTheNextYearSecond() throws Exception {
		for (String year : new String[] { "2024/26", "2024-25", "24/25", "2024/2025", "2099/00x" }) {
			refused(savedBandWith("payYear", year), "payYear", "Enter the pay year like 2025/26");
		}
		this.mvc.perform(postChange("/admin/pay-bands/" + bandId() + "/edit", savedBandWith("payYear", "2023/24")))
			.andExpect(redirectedUrl("/admin/pay-bands"));
	}

	@Test
	void aPayBandCannotBeSavedWithoutASource() throws Exception {
		refused(savedBandWith("source", ""), "source", "Choose the source the figure was checked against");
		refused(savedBandWith("source", "no-such-source"), "source",
				"Choose a source that has the date it was checked");
	}

	@Test
	void agreedPayForAnEarlierYearWhileALaterAwardIsUnsettledIsRefused() throws Exception {
		refused(savedBandWith("awardStatus", "AGREED", "pendingAwardYear", ""), "awardStatus",
				"A later pay award is still not settled");
	}

	@Test
	void noFigureHeldCannotHaveAFigure() throws Exception {
		refused(savedBandWith("awardStatus", "NOT_HELD", "pendingAwardYear", ""), "awardStatus",
				"A band marked “no figure held” cannot have a figure");
	}

	@Test
	void aHeldFigureNeedsItsMinimumAndBasis() throws Exception {
		refused(savedBandWith("minimumPay", ""), "minimumPay", "Enter the lowest (or starting) figure");
		refused(savedBandWith("figureBasis", ""), "figureBasis", "Say where the figure comes from.");
	}

	@Test
	void onlyAnEarlierYearsRatesNameAPendingAwardAndItMustBeLaterAndUnsettled() throws Exception {
		refused(savedBandWith("awardStatus", "UNCONFIRMED"), "pendingAwardYear",
				"Only rates from an earlier year, still being paid, can name a pending pay award.");
		refused(savedBandWith("pendingAwardYear", ""), "pendingAwardYear",
				"Rates from an earlier year need the later pay award that is still not settled.");
		refused(savedBandWith("pendingAwardYear", "2030/31"), "pendingAwardYear",
				"The pending pay award named is not one we hold as unsettled.");
	}

	@Test
	void aChangedBandIsAuditedWithItsOldAndNewFigures() throws Exception {
		String before = savedBand().get("maximumPay");
		String after = String.valueOf(Integer.parseInt(before) + 50);
		this.mvc.perform(postChange("/admin/pay-bands/" + bandId() + "/edit", savedBandWith("maximumPay", after)))
			.andExpect(redirectedUrl("/admin/pay-bands"));
		Map<String, Object> change = this.jdbc.queryForMap("""
				select c.old_value, c.new_value, e.username from audit_change c join audit_entry e on e.id = c.entry_id
				where e.record_type = 'pay-bands' and e.record_id = ? and c.field = 'maximumPay'
				order by e.id desc fetch first 1 rows only""", bandId());
		assertThat(change).containsEntry("OLD_VALUE", before)
			.containsEntry("NEW_VALUE", after)
			.containsEntry("USERNAME", "editor");
		this.mvc.perform(get("/admin/pay-bands/" + bandId() + "/edit"))
			.andExpect(content().string(containsString(before)))
			.andExpect(content().string(containsString(after)));
	}

	@Test
	void aBandPaidToRolesCannotBeDeleted() throws Exception {
		this.mvc.perform(postChange("/admin/pay-bands/" + bandId() + "/delete"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("paid on this band")))
			.andExpect(content().string(not(containsString("Yes, delete"))));
	}

}
