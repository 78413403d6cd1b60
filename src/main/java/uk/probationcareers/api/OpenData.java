package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import uk.probationcareers.search.SearchHit;
import uk.probationcareers.search.SearchResults;
import uk.probationcareers.search.SiteSearch;

/**
 * The published catalogue as API records, each response in its envelope. Reads through
 * the same cached view records as the pages, so the API and the site always agree.
 */
@Service
class OpenData {

	private final RoleCatalogue roles;

	private final RouteCatalogue routes;

	private final PayCatalogue pay;

	private static final Pattern ROLE_PAGE = Pattern.compile("/roles/([a-z0-9-]+)(#.*)?");

	private static final Pattern ROUTE_PAGE = Pattern.compile("/routes/([a-z0-9-]+)(#.*)?");

	private static final Pattern BAND_PAGE = Pattern.compile("/pay#band-([a-z0-9-]+)");

	private final Licence licence;

	private final SiteSearch search;

	OpenData(RoleCatalogue roles, RouteCatalogue routes, PayCatalogue pay, Licence licence, SiteSearch search) {
		this.roles = roles;
		this.routes = routes;
		this.pay = pay;
		this.licence = licence;
		this.search = search;
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

	/**
	 * The site search's results, each with its address in this API and the date the facts
	 * it leads to were last checked.
	 * @throws EmptySearch if there is nothing to search for
	 */
	Envelope<SearchAnswer> search(String query) {
		SearchResults results = this.search.search(query);
		if (!results.searched()) {
			throw new EmptySearch();
		}
		Map<String, LocalDate> roleChecked = checked(roles().data(), RoleListing::slug);
		Map<String, LocalDate> routeChecked = checked(routes().data(), EntryRouteDetail::code);
		Map<String, LocalDate> bandChecked = checked(payBands().data(), PayBandEntry::code);
		List<SearchAnswer.Result> found = new ArrayList<>();
		for (SearchHit hit : results.hits()) {
			String page = hit.url();
			Matcher role = ROLE_PAGE.matcher(page);
			Matcher route = ROUTE_PAGE.matcher(page);
			Matcher band = BAND_PAGE.matcher(page);
			String href = null;
			LocalDate checked = null;
			if (role.matches()) {
				href = Links.role(role.group(1));
				checked = roleChecked.get(role.group(1));
			}
			else if (route.matches()) {
				href = Links.route(route.group(1));
				checked = routeChecked.get(route.group(1));
			}
			else if (band.matches()) {
				href = Links.BASE + "/pay-bands";
				checked = bandChecked.get(band.group(1));
			}
			found.add(new SearchAnswer.Result(found.size() + 1, hit.kind(), hit.title(), page, href, hit.snippetText(),
					checked));
		}
		return Envelope.of(this.licence,
				new SearchAnswer(results.query(), results.cut(), results.suggestion(), List.copyOf(found)));
	}

	private static <T extends Dated> Map<String, LocalDate> checked(List<T> items, Function<T, String> key) {
		Map<String, LocalDate> newest = new HashMap<>();
		for (T item : items) {
			LocalDate date = Envelope.newest(item.checkedDates());
			if (date != null) {
				newest.put(key.apply(item), date);
			}
		}
		return newest;
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
