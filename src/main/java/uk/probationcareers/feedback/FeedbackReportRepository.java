package uk.probationcareers.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackReportRepository extends JpaRepository<FeedbackReport, Long> {

	@Query("SELECT r FROM FeedbackReport r WHERE r.kind = uk.probationcareers.feedback.FeedbackKind.PROBLEM "
			+ "ORDER BY r.pagePath, r.receivedAt DESC")
	List<FeedbackReport> problemsByPage();

	@Query("SELECT r.pagePath, r.kind, COUNT(r) FROM FeedbackReport r "
			+ "WHERE r.kind <> uk.probationcareers.feedback.FeedbackKind.PROBLEM GROUP BY r.pagePath, r.kind")
	List<Object[]> answersByPage();

	@Query("SELECT COUNT(r) FROM FeedbackReport r "
			+ "WHERE r.kind = uk.probationcareers.feedback.FeedbackKind.PROBLEM AND r.doneAt IS NULL")
	long countOpenProblems();

}
