package uk.probationcareers.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import uk.probationcareers.pay.PayCatalogue;
import uk.probationcareers.pay.PayOverview;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleProfile;
import uk.probationcareers.role.RoleSummary;
import uk.probationcareers.role.Withdrawal;
import uk.probationcareers.routes.RouteCatalogue;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.routes.WindowView;

/**
 * The published catalogue as API records, each response in its envelope. Reads through
 * the same cached view records as the pages, so the API and the site always agree.
 */
@Service
class OpenData {

	private final RoleCatalogue roles;

	private final RouteCatalogue routes;

	private final PayCatalogue pay;

	private final Licence licence;

	OpenData(RoleCatalogue roles, RouteCatalogue routes, PayCatalogue pay, Licence licence) {
		this.roles = roles;
		this.routes = routes;
		this.pay = pay;
		this.licence = licence;
	}

	Envelope<List<RoleListing>> roles() {
		List<RoleListing> listings = this.roles.publishedRoles()
			.stream()
			.map((role) -> RoleListing.of(role, this.roles.profile(role.slug()).orElse(null)))
			.toList();
		return Envelope.ofList(this.licence, listings);
	}

	Optional<Envelope<RoleDetail>> role(String slug) {
		return this.roles.profile(slug).map((profile) -> Envelope.of(this.licence, detail(profile)));
	}

	Optional<Withdrawal> withdrawal(String slug) {
		return this.roles.withdrawal(slug);
	}

	Envelope<List<EntryRouteDetail>> routes() {
		return Envelope.ofList(this.licence, routeDetails(this.routes.routes()));
	}

	Optional<Envelope<EntryRouteDetail>> route(String code) {
		return RouteCatalogue.find(this.routes.routes(), code)
			.map((route) -> Envelope.of(this.licence, routeDetails(List.of(route)).get(0)));
	}

	Envelope<List<PayBandEntry>> payBands() {
		return Envelope.ofList(this.licence, this.pay.overview().bands().stream().map(PayBandEntry::of).toList());
	}

	Envelope<List<PayAwardEntry>> payAwards() {
		PayOverview overview = this.pay.overview();
		return Envelope.ofList(this.licence, overview.awards().stream().map(PayAwardEntry::of).toList());
	}

	/**
	 * Every "leads to" link between two published roles.
	 */
	Envelope<List<PathLink>> careerPaths() {
		Map<String, RoleSummary> published = this.roles.publishedRoles()
			.stream()
			.collect(Collectors.toMap(RoleSummary::slug, Function.identity()));
		List<PathLink> links = this.roles.careerPathLinks()
			.stream()
			.filter((link) -> published.containsKey(link.fromSlug()) && published.containsKey(link.toSlug()))
			.map((link) -> pathLink(link, published.get(link.fromSlug())))
			.toList();
		return Envelope.ofList(this.licence, links);
	}

	Envelope<List<ChangeEntry>> changes() {
		return Envelope.ofList(this.licence, this.roles.allChanges().stream().map(ChangeEntry::of).toList());
	}

	private PathLink pathLink(CareerPathLink link, RoleSummary from) {
		return new PathLink(RoleLink.of(from.slug(), from.title()), RoleLink.of(link.toSlug(), link.toTitle()),
				link.typicalTime(), link.routeName(),
				this.roles.profile(from.slug()).map(RoleProfile::lastReviewed).orElse(null));
	}

	private RoleDetail detail(RoleProfile profile) {
		RoleSummary summary = this.roles.publishedRoles()
			.stream()
			.filter((role) -> role.slug().equals(profile.slug()))
			.findFirst()
			.orElse(null);
		return RoleDetail.of(profile, (summary != null) ? summary.stage() : null, routeDetails(profile.routes()),
				this.roles.changes(profile.slug()));
	}

	private List<EntryRouteDetail> routeDetails(List<RouteView> routes) {
		if (routes.isEmpty()) {
			return List.of();
		}
		Map<String, List<WindowView>> windows = this.routes.windowsByRoute();
		Map<String, List<RoleSummary>> offeredBy = this.roles.rolesByRoute();
		return routes.stream()
			.map((route) -> EntryRouteDetail.of(route,
					windows.getOrDefault(route.code(), List.of()).stream().map(IntakeWindow::of).toList(),
					offeredBy.getOrDefault(route.code(), List.of())
						.stream()
						.map((role) -> RoleLink.of(role.slug(), role.title()))
						.toList()))
			.toList();
	}

}
