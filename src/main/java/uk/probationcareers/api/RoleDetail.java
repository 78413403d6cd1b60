package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.ChangeNote;
import uk.probationcareers.role.RoleProfile;

/**
 * Everything a published role's profile shows: its key facts, pay, hours, duties, skills,
 * requirements, entry routes, career path, sources and published changes.
 */
public record RoleDetail(String slug, String title, String group, String careerStage, List<String> otherTitles,
		String summary, String caseload, String workingEnvironment, Integer hoursMin, Integer hoursMax,
		String hoursPattern, PayFacts pay, String payNote, List<String> nations, String socCode, LocalDate lastReviewed,
		LocalDate lastUpdated, List<String> duties, List<SkillNeeded> skills, List<String> requirements,
		List<EntryRouteDetail> entryRoutes, List<PathStep> leadsTo, List<PathStep> comesFrom, List<PathStep> related,
		List<Citation> sources, List<ChangeEntry> changes, String href, String page) implements Dated {

	static RoleDetail of(RoleProfile role, CareerStage stage, List<EntryRouteDetail> routes, List<ChangeNote> changes) {
		return new RoleDetail(role.slug(), role.title(), Codes.of(role.group()), Codes.of(stage),
				List.copyOf(role.otherTitles()), role.summary(), role.caseload(), role.workingEnvironment(),
				role.hoursMin(), role.hoursMax(), role.hoursPattern(), PayFacts.of(role.pay()), role.payNote(),
				role.nations().stream().map(Nation::name).toList(), role.socCode(), role.lastReviewed(),
				changes.isEmpty() ? null : changes.get(0).date(), List.copyOf(role.duties()),
				role.skills().stream().map(SkillNeeded::of).toList(), List.copyOf(role.requirements()),
				List.copyOf(routes), steps(role.leadsTo()), steps(role.comesFrom()), steps(role.related()),
				role.sources().stream().map(Citation::of).toList(), changes.stream().map(ChangeEntry::of).toList(),
				Links.role(role.slug()), Links.rolePage(role.slug()));
	}

	private static List<PathStep> steps(List<RoleProfile.CareerStep> steps) {
		return steps.stream().map(PathStep::of).toList();
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream
			.of(Stream.of(this.lastReviewed), Dated.of(this.pay), Dated.ofAll(this.entryRoutes),
					Dated.ofAll(this.sources))
			.flatMap((dates) -> dates);
	}

}
