package uk.probationcareers.feedback;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.probationcareers.feedback.FeedbackFormsTest.form;

/**
 * Editors read what readers sent, page by page, from the dashboard, and mark each problem
 * report done; the audit trail records who did.
 */
class ReaderReportsAdminTest extends AdminSiteTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReportShowsOnTheDashboardAndTheReportsPageEscapedAndCanBeMarkedDone() {
		String hostile = "<script>alert('pay')</script> The band is wrong";
		HttpPages reader = new HttpPages(this.port).from(newAddress());
		assertThat(reader
			.post("/feedback/problem",
					form("page", "/roles/probation-officer", "doing", "Checking pay", "wentWrong", hostile))
			.statusCode()).isEqualTo(303);
		reader.post("/feedback/useful", form("page", "/roles/probation-officer", "useful", "yes"));
		reader.post("/feedback/useful", form("page", "/roles/probation-officer", "useful", "no"));
		long open = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM feedback_report WHERE kind = 'PROBLEM' AND done_at IS NULL", Long.class);
		long id = this.jdbc.queryForObject("SELECT id FROM feedback_report WHERE went_wrong = ?", Long.class, hostile);

		HttpPages editor = signedIn(UserRole.EDITOR);
		String dashboard = editor.get("/admin").body();
		assertThat(dashboard).contains("href=\"/admin/feedback\"", "Reports from readers (" + open + ")");

		String reports = editor.get("/admin/feedback").body();
		assertThat(reports)
			.contains("href=\"/admin/roles/probation-officer\"", "Checking pay",
					"&lt;script&gt;alert(&#39;pay&#39;)&lt;/script&gt; The band is wrong", "id=\"report-" + id + "\"")
			.containsPattern("\\d+ said yes, \\d+ said no")
			.doesNotContain("<script>alert");

		HttpResponse<String> done = editor.post("/admin/feedback/" + id + "/done",
				HttpPages.encode(Map.of("_csrf", HttpPages.csrfToken(reports))));
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(done.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/feedback"));
		assertThat(this.jdbc.queryForObject("SELECT done_by FROM feedback_report WHERE id = ?", String.class, id))
			.startsWith("editor-");
		assertThat(editor.get("/admin").body()).contains("Reports from readers (" + (open - 1) + ")");
		assertThat(editor.get("/admin/feedback").body()).contains("Marked done by editor-");
		assertThat(this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM audit_entry WHERE record_type = 'feedback' AND record_id = ? AND action = 'UPDATE'",
				Integer.class, id))
			.isEqualTo(1);
		String audit = editor.get("/admin/audit").body();
		assertThat(audit).contains("report from a reader", "href=\"/admin/feedback/" + id + "/edit\"");
		assertThat(editor.get("/admin/feedback/" + id + "/edit").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/feedback#report-" + id));
	}

	@Test
	void aReportAlreadyDoneOrUnknownCannotBeMarkedAgain() {
		HttpPages editor = signedIn(UserRole.EDITOR);
		String token = HttpPages.csrfToken(editor.get("/admin/feedback").body());
		assertThat(editor.post("/admin/feedback/999999/done", HttpPages.encode(Map.of("_csrf", token))).statusCode())
			.isEqualTo(404);
	}

	@Test
	void markingDoneNeedsTheCsrfToken() {
		HttpPages reader = new HttpPages(this.port).from(newAddress());
		reader.post("/feedback/problem", form("page", "/pay", "wentWrong", "Needs a token"));
		long id = this.jdbc.queryForObject("SELECT id FROM feedback_report WHERE went_wrong = 'Needs a token'",
				Long.class);
		HttpPages editor = signedIn(UserRole.EDITOR);
		assertThat(editor.post("/admin/feedback/" + id + "/done", "").statusCode()).isEqualTo(403);
		assertThat(this.jdbc.queryForObject("SELECT done_at FROM feedback_report WHERE id = ?", Object.class, id))
			.isNull();
	}

	@Test
	void aRoutePageLinksToItsEditScreenAndOtherPagesToThemselves() {
		HttpPages reader = new HttpPages(this.port).from(newAddress());
		reader.post("/feedback/useful", form("page", "/routes/pqip-15-month", "useful", "no"));
		reader.post("/feedback/useful", form("page", "/compare", "useful", "yes"));
		long route = this.jdbc.queryForObject("SELECT id FROM entry_route WHERE code = 'pqip-15-month'", Long.class);
		String reports = signedIn(UserRole.EDITOR).get("/admin/feedback").body();
		assertThat(reports).contains("href=\"/admin/entry-routes/" + route + "/edit\">/routes/pqip-15-month</a>",
				"href=\"/compare\">/compare</a>");
	}

	@Test
	void theReportsPageNeedsASignIn() {
		HttpResponse<String> anonymous = new HttpPages(this.port).get("/admin/feedback");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/sign-in"));
	}

}
