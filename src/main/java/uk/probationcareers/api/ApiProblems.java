package uk.probationcareers.api;

import java.net.URI;
import java.time.Duration;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure of the API as RFC 9457 problem details
 * ({@code application/problem+json}), never the site's HTML error pages and never the
 * text of an exception.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {

	static final List<String> MESSAGE_KEYS = List.of("api.problem.notFound.title", "api.problem.notFound.role",
			"api.problem.notFound.route", "api.problem.notFound.path", "api.problem.withdrawn.title",
			"api.problem.withdrawn.detail", "api.problem.emptySearch.title", "api.problem.emptySearch.detail",
			"api.problem.failed.title", "api.problem.failed.detail");

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotInCatalogue missing) {
		return problem(HttpStatus.NOT_FOUND, "api.problem.notFound.title", "api.problem.notFound." + missing.kind(),
				missing.key());
	}

	/**
	 * A code the role or route had before: 301 with its current address, kept briefly,
	 * since the code can be taken back.
	 */
	@ExceptionHandler
	ResponseEntity<Void> moved(MovedInCatalogue moved) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(URI.create(moved.path()))
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic())
			.build();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> emptySearch(EmptySearch empty) {
		return problem(HttpStatus.BAD_REQUEST, "api.problem.emptySearch.title", "api.problem.emptySearch.detail", null);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> withdrawn(RoleWithdrawn withdrawn) {
		ResponseEntity<ProblemDetail> gone = problem(HttpStatus.GONE, "api.problem.withdrawn.title",
				"api.problem.withdrawn.detail", withdrawn.withdrawal().title());
		gone.getBody().setProperty("reason", withdrawn.withdrawal().reason());
		gone.getBody()
			.setProperty("onward",
					withdrawn.withdrawal()
						.onward()
						.stream()
						.map((role) -> RoleLink.of(role.slug(), role.title()))
						.toList());
		return gone;
	}

	/**
	 * A request Spring MVC refused keeps its status; anything else is logged and answers
	 * 500 without saying what went wrong.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> failed(Exception failure) {
		if (failure instanceof ErrorResponse refused) {
			ProblemDetail problem = ProblemDetail.forStatus(refused.getStatusCode());
			return ResponseEntity.status(refused.getStatusCode())
				.headers(refused.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		log.error("The open data API failed", failure);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.failed.title", "api.problem.failed.detail", null);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, String argument) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(message(title, null));
		problem.setDetail(message(detail, argument));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(String key, String argument) {
		return this.messages.getMessage(key, (argument != null) ? new Object[] { argument } : null,
				LocaleContextHolder.getLocale());
	}

}
