package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;

/**
 * One view of the career-path map: the roles chosen, the roles they lead to or from, and
 * the links between them. The diagram is the same map drawn; it is absent when there are
 * too many roles to draw legibly, and then the list stands alone.
 *
 * @param filter the nation and stage chosen
 * @param roles every role on the map, in list order
 * @param links every progression link on the map
 * @param diagram the map drawn, or {@code null} when there are no roles or too many
 * @param chosen how many of the roles are the ones chosen (the rest are linked to them)
 */
public record CareerMap(MapFilter filter, List<MapRole> roles, List<CareerPathLink> links, Diagram diagram,
		int chosen) {

	public boolean isDrawn() {
		return this.diagram != null;
	}

	/**
	 * Whether there are roles to show but too many to draw legibly.
	 */
	public boolean isTooBigToDraw() {
		return this.diagram == null && !this.roles.isEmpty();
	}

	/**
	 * Whether the map is too big to draw and nothing is chosen yet: then the page offers
	 * the number of roles in each nation and stage, each a link to that part, rather than
	 * a list of every role that nobody could take in.
	 */
	public boolean isIndexOnly() {
		return isTooBigToDraw() && !this.filter.isChosen();
	}

	/**
	 * How many roles each nation has at each stage, for the index.
	 */
	public List<NationCount> counts() {
		List<NationCount> counts = new ArrayList<>();
		for (RoleGroup group : RoleGroup.values()) {
			List<Long> perStage = new ArrayList<>();
			for (CareerStage stage : CareerStage.values()) {
				perStage
					.add(this.roles.stream().filter((role) -> role.group() == group && role.stage() == stage).count());
			}
			if (perStage.stream().anyMatch((count) -> count > 0)) {
				counts.add(new NationCount(group, List.copyOf(perStage)));
			}
		}
		return List.copyOf(counts);
	}

	/**
	 * The text version: nations, then stages, then roles, each with where it leads.
	 */
	public List<NationSection> sections() {
		Map<String, List<CareerPathLink>> from = this.links.stream()
			.collect(Collectors.groupingBy(CareerPathLink::fromSlug));
		List<NationSection> sections = new ArrayList<>();
		for (RoleGroup group : RoleGroup.values()) {
			List<StageSection> stages = new ArrayList<>();
			for (CareerStage stage : CareerStage.values()) {
				List<Entry> entries = this.roles.stream()
					.filter((role) -> role.group() == group && role.stage() == stage)
					.map((role) -> new Entry(role, from.getOrDefault(role.slug(), List.of())))
					.toList();
				if (!entries.isEmpty()) {
					stages.add(new StageSection(stage, entries));
				}
			}
			if (!stages.isEmpty()) {
				sections.add(new NationSection(group, List.copyOf(stages)));
			}
		}
		return List.copyOf(sections);
	}

	public record NationSection(RoleGroup nation, List<StageSection> stages) {
	}

	/**
	 * A nation's number of roles at each stage, in {@link CareerStage} order.
	 */
	public record NationCount(RoleGroup nation, List<Long> perStage) {
	}

	public record StageSection(CareerStage stage, List<Entry> roles) {
	}

	public record Entry(MapRole role, List<CareerPathLink> leadsTo) {
	}

}
