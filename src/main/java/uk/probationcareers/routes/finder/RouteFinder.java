package uk.probationcareers.routes.finder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.routes.RouteCatalogue;

/**
 * Walks someone through the questions and works out which routes are open to them, from
 * the published entry routes and today's date.
 */
@Component
class RouteFinder {

	/** Asked about when no route states its own figure. */
	static final int USUAL_RESIDENCE_YEARS = 3;

	static final int USUAL_MINIMUM_AGE = 18;

	private static final Comparator<RouteView> QUICKEST_FIRST = Comparator.comparingInt(RouteView::monthsForSorting)
		.thenComparing(RouteView::name);

	private final RouteCatalogue catalogue;

	private final Clock clock;

	RouteFinder(RouteCatalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.clock = clock;
	}

	List<RouteView> routes() {
		return this.catalogue.routes();
	}

	/**
	 * Whether {@code question} is asked of someone who gave {@code answers}: the modules
	 * question only when a route they could reach asks for modules, the length of service
	 * only of staff.
	 */
	boolean applies(Question question, Answers answers) {
		return switch (question) {
			case MODULES -> answers.nation() != null && answers.qualification() != null && routes().stream()
				.anyMatch((route) -> route.eligibility().criminologyModulesRequired() != null
						&& answers.nation().coveredBy(route.nations()) && answers.qualification().level() >= Objects
							.requireNonNullElse(route.eligibility().minQualificationLevel(), 0));
			case SERVICE -> answers.employer() != null && answers.employer().isStaff();
			default -> true;
		};
	}

	/**
	 * The answers without those to questions that no longer apply, such as the length of
	 * service after someone says they do not work for the Ministry of Justice.
	 */
	Answers relevant(Answers answers) {
		Answers kept = answers;
		for (Question question : Question.values()) {
			if (kept.has(question) && !applies(question, kept)) {
				kept = kept.without(question);
			}
		}
		return kept;
	}

	Optional<Question> firstUnanswered(Answers answers) {
		for (Question question : Question.values()) {
			if (applies(question, answers) && !answers.has(question)) {
				return Optional.of(question);
			}
		}
		return Optional.empty();
	}

	Optional<Question> previous(Question question, Answers answers) {
		Question previous = null;
		for (Question candidate : Question.values()) {
			if (candidate == question) {
				return Optional.ofNullable(previous);
			}
			if (applies(candidate, answers)) {
				previous = candidate;
			}
		}
		return Optional.ofNullable(previous);
	}

	Optional<Question> last(Answers answers) {
		Question last = null;
		for (Question question : Question.values()) {
			if (applies(question, answers)) {
				last = question;
			}
		}
		return Optional.ofNullable(last);
	}

	/**
	 * The number a question's words carry: the years of UK residence or the minimum age
	 * asked about; none for the other questions.
	 */
	int figure(Question question) {
		return switch (question) {
			case RESIDENCE -> residenceYears();
			case AGE -> minimumAge();
			default -> 0;
		};
	}

	int residenceYears() {
		return routes().stream()
			.map((route) -> route.eligibility().ukResidenceYears())
			.filter(Objects::nonNull)
			.max(Integer::compare)
			.orElse(USUAL_RESIDENCE_YEARS);
	}

	int minimumAge() {
		return routes().stream()
			.map((route) -> route.eligibility().minimumAge())
			.filter(Objects::nonNull)
			.max(Integer::compare)
			.orElse(USUAL_MINIMUM_AGE);
	}

	/**
	 * The result for a complete set of answers.
	 */
	FinderResult results(Answers answers) {
		LocalDate today = LocalDate.now(this.clock);
		List<RouteView> open = new ArrayList<>();
		List<FinderResult.Closed> closed = new ArrayList<>();
		List<RouteView> elsewhere = new ArrayList<>();
		LocalDate oldestCheck = null;
		for (RouteView route : routes()) {
			if (!answers.nation().coveredBy(route.nations())) {
				elsewhere.add(route);
				continue;
			}
			LocalDate checked = route.eligibility().rulesChecked();
			if (checked != null && (oldestCheck == null || checked.isBefore(oldestCheck))) {
				oldestCheck = checked;
			}
			List<Barrier> barriers = RouteRules.barriers(route, answers, today);
			if (barriers.isEmpty()) {
				open.add(route);
			}
			else {
				closed.add(new FinderResult.Closed(route, barriers));
			}
		}
		open.sort(QUICKEST_FIRST);
		closed.sort(Comparator.comparing((FinderResult.Closed c) -> c.barriers().size())
			.thenComparing(FinderResult.Closed::route, QUICKEST_FIRST));
		elsewhere.sort(Comparator.comparing(RouteView::name));
		return new FinderResult(List.copyOf(open), List.copyOf(closed), List.copyOf(elsewhere), oldestCheck,
				answers.yes(Question.PART_TIME));
	}

}
