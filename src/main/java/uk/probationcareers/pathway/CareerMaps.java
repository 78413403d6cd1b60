package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleSummary;

/**
 * Builds career-path maps from the published catalogue: the whole map, one nation or
 * stage of it, or the part of it around one role. A role chosen brings with it the roles
 * it leads to and from, so that no arrow leads nowhere.
 */
@Service
public class CareerMaps {

	/**
	 * The most roles drawn in one diagram; beyond this the boxes and labels become too
	 * small to read, and the list is shown on its own.
	 */
	static final int MOST_DRAWN = 40;

	private final RoleCatalogue catalogue;

	private final DiagramLayout layout;

	CareerMaps(RoleCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.layout = new DiagramLayout(labelText(messages));
	}

	public CareerMap map(MapFilter filter) {
		List<RoleSummary> published = this.catalogue.publishedRoles();
		Set<String> chosen = published.stream()
			.filter((role) -> filter.includes(role.group(), role.stage()))
			.map(RoleSummary::slug)
			.collect(Collectors.toSet());
		return build(filter, published, chosen);
	}

	/**
	 * The roles that lead to the given one and those it leads to, drawn; empty when it
	 * has no progression links or is not published.
	 */
	public Optional<Diagram> around(String slug) {
		List<RoleSummary> published = this.catalogue.publishedRoles();
		CareerMap map = build(MapFilter.NONE, published, Set.of(slug));
		return (map.links().isEmpty()) ? Optional.empty() : Optional.ofNullable(map.diagram());
	}

	private CareerMap build(MapFilter filter, List<RoleSummary> published, Set<String> chosen) {
		Map<String, RoleSummary> bySlug = published.stream()
			.collect(Collectors.toMap(RoleSummary::slug, Function.identity()));
		List<CareerPathLink> links = this.catalogue.careerPathLinks()
			.stream()
			.filter((link) -> bySlug.containsKey(link.fromSlug()) && bySlug.containsKey(link.toSlug()))
			.filter((link) -> chosen.contains(link.fromSlug()) || chosen.contains(link.toSlug()))
			.toList();
		Set<String> linked = links.stream()
			.flatMap((link) -> Stream.of(link.fromSlug(), link.toSlug()))
			.collect(Collectors.toSet());
		List<MapRole> roles = new ArrayList<>();
		for (RoleSummary role : published) {
			if (chosen.contains(role.slug()) || linked.contains(role.slug())) {
				roles.add(MapRole.of(role, chosen.contains(role.slug())));
			}
		}
		Diagram diagram = (!roles.isEmpty() && roles.size() <= MOST_DRAWN) ? this.layout.layout(roles, links) : null;
		return new CareerMap(filter, List.copyOf(roles), links, diagram, chosen.size());
	}

	private static Function<CareerPathLink, List<String>> labelText(MessageSource messages) {
		return (link) -> {
			List<String> phrases = new ArrayList<>();
			if (link.typicalTime() != null) {
				phrases.add(messages.getMessage("path.typicalTime", new Object[] { link.typicalTime() }, Locale.UK));
			}
			if (link.routeName() != null) {
				phrases.add(messages.getMessage("path.route", new Object[] { link.routeName() }, Locale.UK));
			}
			return phrases;
		};
	}

}
