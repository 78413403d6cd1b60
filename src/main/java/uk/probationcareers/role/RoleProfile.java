package uk.probationcareers.role;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.pay.PayView;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.catalogue.SourceView;

/**
 * Everything the public sees of a role's live edition, read in one transaction.
 */
public record RoleProfile(String slug, String title, RoleGroup group, List<String> otherTitles, String summary,
		String caseload, String workingEnvironment, Integer hoursMin, Integer hoursMax, String hoursPattern,
		PayView pay, String payNote, List<Nation> nations, String socCode, LocalDate lastReviewed, List<String> duties,
		List<SkillView> skills, List<String> requirements, List<RouteView> routes, List<CareerStep> leadsTo,
		List<CareerStep> comesFrom, List<CareerStep> related, List<SourceView> sources) {

	public List<SkillView> essentialSkills() {
		return this.skills.stream().filter((skill) -> skill.importance() == Importance.ESSENTIAL).toList();
	}

	public List<SkillView> desirableSkills() {
		return this.skills.stream().filter((skill) -> skill.importance() == Importance.DESIRABLE).toList();
	}

	/**
	 * The way in with the shortest full-time length, routes of unknown length last; none
	 * for a role reached only by promotion or from a related job.
	 */
	public RouteView quickestRoute() {
		return this.routes.stream().min(Comparator.comparingInt(RouteView::monthsForSorting)).orElse(null);
	}

	/**
	 * The first questions about the role, answered the same way wherever they are shown.
	 */
	public KeyFacts keyFacts() {
		return KeyFacts.of(this);
	}

	/**
	 * Every source the profile cites, each once: the role's own sources first, then those
	 * of its pay band, its ways in and their recruitment dates, which the page also notes
	 * beside each fact. The printed page lists only these.
	 */
	public List<SourceView> allSources() {
		Map<String, SourceView> byAddress = new LinkedHashMap<>();
		Stream<SourceView> cited = this.routes.stream()
			.flatMap((route) -> Stream.of(route.source(),
					(route.recruitment().window() != null) ? route.recruitment().window().source() : null,
					route.recruitment().source()));
		Stream
			.concat(Stream.concat(this.sources.stream(), Stream.of((this.pay != null) ? this.pay.source() : null)),
					cited)
			.filter(Objects::nonNull)
			.forEach((source) -> byAddress.putIfAbsent(source.url() + " " + source.title(), source));
		return List.copyOf(byAddress.values());
	}

	public boolean hasHours() {
		return this.hoursMin != null || this.hoursMax != null;
	}

	/**
	 * The roles next to this one on the career path, before, after and beside it, each
	 * once: the natural ones to compare it with.
	 */
	public List<CareerStep> neighbours() {
		Map<String, CareerStep> bySlug = new LinkedHashMap<>();
		Stream.of(this.comesFrom, this.leadsTo, this.related)
			.flatMap(List::stream)
			.filter((step) -> !step.slug().equals(this.slug))
			.forEach((step) -> bySlug.putIfAbsent(step.slug(), step));
		return List.copyOf(bySlug.values());
	}

	public record SkillView(String code, String name, String description, Importance importance) {
	}

	/**
	 * A link on the career path: the other role, how long it usually takes and by which
	 * route.
	 */
	public record CareerStep(String slug, String title, String note, String typicalTime, String routeName) {
	}

}
