package uk.probationcareers.feedback;

import org.springframework.stereotype.Component;
import uk.probationcareers.role.editorial.DashboardLink;

/**
 * "Reports from readers (N)" on the dashboard: the problem reports not yet done.
 */
@Component
class ReaderReportsLink implements DashboardLink {

	private final FeedbackReports reports;

	ReaderReportsLink(FeedbackReports reports) {
		this.reports = reports;
	}

	@Override
	public String messageKey() {
		return "feedback.admin.dashboardLink";
	}

	@Override
	public long count() {
		return this.reports.openProblems();
	}

	@Override
	public String href() {
		return FeedbackAdminController.REPORTS;
	}

}
