package uk.probationcareers.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.pay.BandRole;
import uk.probationcareers.pay.PayCatalogue;
import uk.probationcareers.pay.PayOverview.Band;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleProfile;
import uk.probationcareers.role.RoleProfile.SkillView;
import uk.probationcareers.role.RoleSummary;
import uk.probationcareers.routes.RouteCatalogue;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.search.SearchEntry.Kind;
import uk.probationcareers.search.SearchEntry.Link;

/**
 * Reads everything the public site shows into search entries: every published role, every
 * entry route, every skill a published role asks for and every pay band. It reads in a
 * read-only transaction of its own, so after a commit it sees the committed rows and not
 * those the committing transaction still holds.
 */
@Component
class CatalogueEntries {

	private final RoleCatalogue roles;

	private final RouteCatalogue routes;

	private final PayCatalogue pay;

	private final TransactionTemplate readOnly;

	CatalogueEntries(RoleCatalogue roles, RouteCatalogue routes, PayCatalogue pay,
			PlatformTransactionManager transactions) {
		this.roles = roles;
		this.routes = routes;
		this.pay = pay;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	List<SearchEntry> read() {
		return this.readOnly.execute((status) -> {
			List<RoleProfile> profiles = this.roles.publishedRoles()
				.stream()
				.map(RoleSummary::slug)
				.map(this.roles::profile)
				.flatMap(Optional::stream)
				.toList();
			List<SearchEntry> entries = new ArrayList<>();
			profiles.forEach((profile) -> entries.add(role(profile)));
			this.routes.routes().forEach((route) -> entries.add(route(route)));
			entries.addAll(skills(profiles));
			this.pay.overview().bands().forEach((band) -> entries.add(band(band)));
			return List.copyOf(entries);
		});
	}

	private static SearchEntry role(RoleProfile role) {
		List<String> more = texts(Stream.concat(
				Stream.of(role.caseload(), role.workingEnvironment(), role.hoursPattern(), role.payNote()),
				role.requirements().stream()));
		return new SearchEntry(Kind.ROLE, role.title(), "/roles/" + role.slug(), role.otherTitles(), role.summary(),
				role.duties(), role.skills().stream().map(SkillView::name).toList(), more, List.of());
	}

	private static SearchEntry route(RouteView route) {
		List<String> more = texts(Stream.of(route.qualificationGained(), route.entryRequirements(),
				route.experienceNeeded(), route.nextSteps()));
		return new SearchEntry(Kind.ROUTE, route.name(), "/routes/" + route.code(), List.of(), route.summary(),
				List.of(), List.of(), more, List.of());
	}

	/**
	 * Each skill once, with the published roles that ask for it.
	 */
	private static List<SearchEntry> skills(List<RoleProfile> profiles) {
		Map<String, SkillView> skills = new LinkedHashMap<>();
		Map<String, List<Link>> roles = new LinkedHashMap<>();
		for (RoleProfile profile : profiles) {
			for (SkillView skill : profile.skills()) {
				skills.putIfAbsent(skill.code(), skill);
				roles.computeIfAbsent(skill.code(), (code) -> new ArrayList<>())
					.add(new Link(profile.title(), "/roles/" + profile.slug() + "#skills"));
			}
		}
		return skills.values()
			.stream()
			.map((skill) -> new SearchEntry(Kind.SKILL, skill.name(), roles.get(skill.code()).get(0).url(), List.of(),
					skill.description(), List.of(), List.of(), List.of(), List.copyOf(roles.get(skill.code()))))
			.toList();
	}

	private static SearchEntry band(Band band) {
		String title = band.pay().organisation() + ": " + band.pay().band();
		List<String> more = texts(Stream.concat(Stream.of(band.pay().allowances(), band.pay().payYear()),
				band.roles().stream().map(BandRole::title)));
		List<Link> roles = band.roles()
			.stream()
			.map((role) -> new Link(role.title(), "/roles/" + role.slug()))
			.toList();
		return new SearchEntry(Kind.PAY_BAND, title, "/pay#band-" + band.code(), List.of(), band.pay().note(),
				List.of(), List.of(), more, roles);
	}

	private static List<String> texts(Stream<String> texts) {
		return texts.filter(Objects::nonNull).filter((text) -> !text.isBlank()).toList();
	}

}
