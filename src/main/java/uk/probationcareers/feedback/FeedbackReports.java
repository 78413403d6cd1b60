package uk.probationcareers.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.admin.AuditAction;
import uk.probationcareers.admin.AuditTrail;

/**
 * Keeps what readers send, and shows it to editors page by page; marking a report done is
 * recorded in the audit trail.
 */
@Service
class FeedbackReports {

	static final String AUDIT_TYPE = "feedback";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final FeedbackReportRepository reports;

	private final PagePaths paths;

	private final AuditTrail audit;

	private final Clock clock;

	FeedbackReports(FeedbackReportRepository reports, PagePaths paths, AuditTrail audit, Clock clock) {
		this.reports = reports;
		this.paths = paths;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	void answer(String page, boolean useful) {
		this.reports.save(new FeedbackReport(page, useful ? FeedbackKind.USEFUL : FeedbackKind.NOT_USEFUL, null, null,
				OffsetDateTime.now(this.clock)));
	}

	@Transactional
	void problem(ProblemForm form) {
		this.reports.save(new FeedbackReport(form.getPage(), FeedbackKind.PROBLEM, blankToNull(form.getDoing()),
				blankToNull(form.getWentWrong()), OffsetDateTime.now(this.clock)));
	}

	@Transactional(readOnly = true)
	long openProblems() {
		return this.reports.countOpenProblems();
	}

	/**
	 * Every page anyone has said something about, those with the most open reports first.
	 */
	@Transactional(readOnly = true)
	List<PageReports> byPage() {
		Map<String, long[]> answers = new TreeMap<>();
		for (Object[] row : this.reports.answersByPage()) {
			long[] counts = answers.computeIfAbsent((String) row[0], (page) -> new long[2]);
			counts[(row[1] == FeedbackKind.USEFUL) ? 0 : 1] = ((Number) row[2]).longValue();
		}
		Map<String, List<FeedbackReport>> problems = new LinkedHashMap<>();
		for (FeedbackReport report : this.reports.problemsByPage()) {
			problems.computeIfAbsent(report.getPagePath(), (page) -> new ArrayList<>()).add(report);
		}
		List<String> pages = new ArrayList<>(answers.keySet());
		problems.keySet().stream().filter((page) -> !answers.containsKey(page)).forEach(pages::add);
		return pages.stream().map((page) -> {
			long[] counts = answers.getOrDefault(page, new long[2]);
			List<FeedbackReport> reported = problems.getOrDefault(page, List.of());
			return new PageReports(page, this.paths.editPage(page), counts[0], counts[1],
					reported.stream().filter((r) -> !r.isDone()).map(FeedbackReports::view).toList(),
					reported.stream().filter(FeedbackReport::isDone).map(FeedbackReports::view).toList());
		})
			.sorted(Comparator.comparing((PageReports page) -> -page.open().size()).thenComparing(PageReports::path))
			.toList();
	}

	/**
	 * Marks a problem report done, once, in the same transaction as its audit entry.
	 * @return the page it was about, or empty if there is no such open report
	 */
	@Transactional
	Optional<String> markDone(long id) {
		Optional<FeedbackReport> found = this.reports.findById(id)
			.filter((report) -> report.getKind() == FeedbackKind.PROBLEM && !report.isDone());
		found.ifPresent((report) -> {
			report.markDone(SecurityContextHolder.getContext().getAuthentication().getName(),
					OffsetDateTime.now(this.clock));
			this.audit.record(AUDIT_TYPE, report.getId(), report.getPagePath(), AuditAction.UPDATE,
					Map.of("status", "open"), Map.of("status", "done"));
		});
		return found.map(FeedbackReport::getPagePath);
	}

	private static ReportView view(FeedbackReport report) {
		return new ReportView(report.getId(), report.getDoing(), report.getWentWrong(), when(report.getReceivedAt()),
				report.getDoneBy(), (report.getDoneAt() != null) ? when(report.getDoneAt()) : null);
	}

	/**
	 * A time as GOV.UK writes it, in UK time: 4 December 2026, 5:30pm.
	 */
	private static String when(OffsetDateTime time) {
		return WHEN.format(time).replace("AM", "am").replace("PM", "pm");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * One page's answers and problem reports, and where an editor changes the page.
	 */
	public record PageReports(String path, String editHref, long useful, long notUseful, List<ReportView> open,
			List<ReportView> done) {
	}

	/**
	 * One problem report as editors read it.
	 */
	public record ReportView(long id, String doing, String wentWrong, String received, String doneBy, String doneOn) {
	}

}
