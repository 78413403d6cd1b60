package uk.probationcareers.role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hibernate.Hibernate;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.pay.PayView;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.routes.RouteViews;
import uk.probationcareers.catalogue.SourceView;
import uk.probationcareers.role.RoleProfile.CareerStep;
import uk.probationcareers.role.RoleProfile.SkillView;

/**
 * Reads the published catalogue into immutable view records; nothing outside it sees an
 * entity. Results are cached for a few seconds (see {@code spring.cache.*}).
 */
@Service
@Transactional(readOnly = true)
public class RoleCatalogue {

	private final RoleRepository roles;

	private final RoleEditionRepository editions;

	private final RouteViews routeViews;

	RoleCatalogue(RoleRepository roles, RoleEditionRepository editions, RouteViews routeViews) {
		this.roles = roles;
		this.editions = editions;
		this.routeViews = routeViews;
	}

	@Cacheable("publishedRoles")
	public List<RoleSummary> publishedRoles() {
		return this.roles.findLiveEditions().stream().map(RoleSummary::of).toList();
	}

	@Cacheable("roleProfiles")
	public Optional<RoleProfile> profile(String slug) {
		return this.roles.findLiveEditionBySlug(slug).map(this::toProfile);
	}

	/**
	 * The draft or any earlier edition of a profile as the public page would show it, for
	 * preview; never cached.
	 */
	public Optional<RoleProfile> editionProfile(long editionId) {
		return this.roles.findEdition(editionId).map(this::toProfile);
	}

	/**
	 * A role's published change notes, newest first.
	 */
	@Cacheable("roleChanges")
	public List<ChangeNote> changes(String slug) {
		return this.roles.findMajorChangesOf(slug).stream().map(ChangeNote::of).toList();
	}

	/**
	 * Every published change note across the site, newest first.
	 */
	@Cacheable("roleChanges")
	public List<ChangeNote> allChanges() {
		return this.roles.findMajorChanges().stream().map(ChangeNote::of).toList();
	}

	/**
	 * Why a withdrawn role was withdrawn and where to look instead; empty for a role that
	 * is not withdrawn.
	 */
	public Optional<Withdrawal> withdrawal(String slug) {
		return this.roles.findWithdrawalBySlug(slug).map((edition) -> {
			List<RoleSummary> live = publishedRoles();
			List<RoleSummary> onward = edition.getOnwardSlugs()
				.stream()
				.flatMap((onwardSlug) -> live.stream().filter((role) -> role.slug().equals(onwardSlug)))
				.toList();
			return new Withdrawal(edition.getTitle(), edition.getWithdrawalReason(), onward);
		});
	}

	/**
	 * Every published "leads to" link, for walking the career path between roles.
	 */
	@Cacheable("careerPathLinks")
	public List<CareerPathLink> careerPathLinks() {
		return this.editions.findLiveProgressionLinks()
			.stream()
			.map((link) -> new CareerPathLink(link.getEdition().getRole().getSlug(), link.getTargetRole().getSlug(),
					link.getTargetRole().getLiveEdition().getTitle(), link.getTypicalTime(), routeName(link)))
			.toList();
	}

	/**
	 * For each entry route's code, the published roles that offer it.
	 */
	@Cacheable("routeOffers")
	public Map<String, List<RoleSummary>> rolesByRoute() {
		Map<String, List<RoleSummary>> roles = new LinkedHashMap<>();
		for (RoleEntryRoute offer : this.editions.findLiveEntryRouteOffers()) {
			roles.computeIfAbsent(offer.getEntryRoute().getCode(), (code) -> new ArrayList<>())
				.add(RoleSummary.of(offer.getEdition()));
		}
		roles.replaceAll((code, list) -> List.copyOf(list));
		return Collections.unmodifiableMap(roles);
	}

	private RoleProfile toProfile(RoleEdition edition) {
		Role role = edition.getRole();
		Hibernate.initialize(edition.getOtherTitles());
		Hibernate.initialize(edition.getRequirements());
		List<CareerLink> links = this.editions.findLinksFrom(edition)
			.stream()
			.filter((link) -> link.getTargetRole().getLiveEdition() != null
					&& link.getTargetRole().getWithdrawnAt() == null)
			.toList();
		return new RoleProfile(role.getSlug(), edition.getTitle(), role.getRoleGroup(),
				List.copyOf(edition.getOtherTitles()), edition.getSummary(), edition.getCaseload(),
				edition.getWorkingEnvironment(), edition.getHoursMin(), edition.getHoursMax(),
				edition.getHoursPattern(), PayView.of(edition.getPayBand()), edition.getPayNote(), edition.getNations(),
				edition.getSocCode(), edition.getLastReviewed(),
				this.editions.findDuties(edition).stream().map(RoleDuty::getDescription).toList(), skills(edition),
				List.copyOf(edition.getRequirements()), routes(edition), steps(links, LinkType.PROGRESSION),
				comesFrom(role), steps(links, LinkType.RELATED), sources(edition));
	}

	private List<SkillView> skills(RoleEdition edition) {
		return this.editions.findSkills(edition)
			.stream()
			.map((s) -> new SkillView(s.getSkill().getCode(), s.getSkill().getName(), s.getSkill().getDescription(),
					s.getImportance()))
			.toList();
	}

	private List<RouteView> routes(RoleEdition edition) {
		return this.routeViews
			.of(this.editions.findEntryRoutes(edition).stream().map(RoleEntryRoute::getEntryRoute).toList());
	}

	private List<SourceView> sources(RoleEdition edition) {
		return this.editions.findSources(edition)
			.stream()
			.map((s) -> SourceView.of(s.getSource(), s.getSupports()))
			.toList();
	}

	private static List<CareerStep> steps(List<CareerLink> links, LinkType type) {
		return links.stream()
			.filter((link) -> link.getLinkType() == type)
			.map((link) -> new CareerStep(link.getTargetRole().getSlug(),
					link.getTargetRole().getLiveEdition().getTitle(), link.getNote(), link.getTypicalTime(),
					routeName(link)))
			.toList();
	}

	private List<CareerStep> comesFrom(Role role) {
		return this.editions.findLiveProgressionLinksTo(role)
			.stream()
			.map((link) -> new CareerStep(link.getEdition().getRole().getSlug(), link.getEdition().getTitle(),
					link.getNote(), link.getTypicalTime(), routeName(link)))
			.toList();
	}

	private static String routeName(CareerLink link) {
		return (link.getEntryRoute() != null) ? link.getEntryRoute().getName() : null;
	}

}
