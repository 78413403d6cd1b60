package uk.probationcareers.role;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
