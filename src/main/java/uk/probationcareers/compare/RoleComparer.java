package uk.probationcareers.compare;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.probationcareers.pay.PayView;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.catalogue.SourceView;
import uk.probationcareers.compare.Comparison.Column;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.KeyFacts;
import uk.probationcareers.role.RoleProfile;

/**
 * Lines up published role profiles row by row and marks where they differ. Plain Java:
 * the words come from {@link Wording}, the profiles and links from the caller.
 */
public final class RoleComparer {

	/**
	 * The keys of the rows every comparison starts with, one for each fact at the top of
	 * a profile.
	 */
	public static final List<String> KEY_FACT_ROWS = List.of("keyPay", "keyHours", "keyWayIn", "keyQualification",
			"keyApply", "keyNations");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final Wording wording;

	public RoleComparer(Wording wording) {
		this.wording = wording;
	}

	public Comparison compare(List<RoleProfile> roles, List<CareerPathLink> links) {
		List<Column> columns = roles.stream().map((role) -> new Column(role.slug(), role.title())).toList();
		List<ComparisonRow> rows = new ArrayList<>();
		rows.addAll(keyFacts(roles));
		rows.add(row("summary", roles, (role) -> texts(role.summary())));
		rows.add(row("caseload", roles, (role) -> texts(role.caseload())));
		rows.add(row("payBand", roles, (role) -> pay(role, (p) -> p.organisation() + ", " + p.band())));
		rows.add(row("allowances", roles, (role) -> pay(role, PayView::allowances)));
		rows.add(row("payStatus", roles, this::payStatus));
		rows.add(row("pattern", roles, (role) -> texts(role.hoursPattern())));
		rows.add(row("routes", roles, this::routes));
		rows.add(row("qualification", roles, this::qualifications));
		rows.addAll(split("skills", roles, (role) -> keyed(role.skills(), (s) -> s.code(), (s) -> s.name())));
		rows.addAll(split("duties", roles, (role) -> keyed(role.duties(), Text::normalise, (d) -> d)));
		rows.addAll(split("requirements", roles, (role) -> keyed(role.requirements(), Text::normalise, (r) -> r)));
		rows.add(row("leadsTo", roles, this::leadsTo));
		return new Comparison(columns, List.copyOf(rows), new CareerWays(links).between(columns));
	}

	private ComparisonRow row(String key, List<RoleProfile> roles, Function<RoleProfile, List<Item>> values) {
		return ComparisonRow.of(key, roles.stream().map((role) -> cell(values.apply(role), key)).toList());
	}

	/**
	 * Two rows for a list: what every role has, then what each has on its own.
	 */
	private List<ComparisonRow> split(String key, List<RoleProfile> roles,
			Function<RoleProfile, Map<String, Item>> values) {
		List<Map<String, Item>> each = roles.stream().map(values).toList();
		Set<String> shared = new LinkedHashSet<>(each.get(0).keySet());
		each.forEach((items) -> shared.retainAll(items.keySet()));
		Cell sharedCell = cell(shared.stream().map(each.get(0)::get).toList(), key + "Shared");
		List<Cell> own = each.stream()
			.map((items) -> cell(items.entrySet()
				.stream()
				.filter((entry) -> !shared.contains(entry.getKey()))
				.map(Map.Entry::getValue)
				.toList(), key + "Own"))
			.toList();
		return List.of(ComparisonRow.sharedByAll(key + "Shared", sharedCell), ComparisonRow.of(key + "Own", own));
	}

	private static <T> Map<String, Item> keyed(List<T> values, Function<T, String> key, Function<T, String> text) {
		Map<String, Item> items = new LinkedHashMap<>();
		values.forEach((value) -> items.putIfAbsent(key.apply(value), Item.of(text.apply(value))));
		return items;
	}

	private Cell cell(List<Item> items, String rowKey) {
		return new Cell(items.isEmpty() ? List.of(Item.of(text("compare.empty." + rowKey))) : items);
	}

	/**
	 * The rows a profile opens with ("At a glance"), in its order and from the same
	 * {@link KeyFacts}.
	 */
	private List<ComparisonRow> keyFacts(List<RoleProfile> roles) {
		List<KeyFacts> facts = roles.stream().map(RoleProfile::keyFacts).toList();
		return List.of(keyRow(KEY_FACT_ROWS.get(0), facts, this::keyPay),
				keyRow(KEY_FACT_ROWS.get(1), facts,
						(fact) -> List.of(Item.of(textWith(fact.hoursKey(), fact.hoursArguments())))),
				keyRow(KEY_FACT_ROWS.get(2), facts, this::keyWayIn),
				keyRow(KEY_FACT_ROWS.get(3), facts, this::keyQualification),
				keyRow(KEY_FACT_ROWS.get(4), facts, this::keyApply),
				keyRow(KEY_FACT_ROWS.get(5), facts, (fact) -> texts(String.join(", ",
						fact.nations().stream().map((nation) -> text("nation." + nation)).toList()))));
	}

	private ComparisonRow keyRow(String key, List<KeyFacts> facts, Function<KeyFacts, List<Item>> values) {
		return ComparisonRow.of(key, facts.stream().map((fact) -> cell(values.apply(fact), key)).toList());
	}

	private List<Item> keyPay(KeyFacts facts) {
		PayView pay = facts.pay();
		if (pay == null) {
			return List.of(Item.of(text("pay.noFigure")));
		}
		return List.of(new Item(text("pay.figure." + pay.figure(), pay.formattedMinimum(), pay.formattedMaximum()),
				null, text("pay.status." + pay.awardStatus(), pay.statusArguments())));
	}

	private List<Item> keyWayIn(KeyFacts facts) {
		RouteView route = facts.quickestRoute();
		if (route == null) {
			return List.of(Item.of(text("keyFacts.wayInNone")));
		}
		return List
			.of(new Item(route.name(), facts.wayInHref(), textWith(facts.durationKey(), facts.durationArguments())));
	}

	private List<Item> keyQualification(KeyFacts facts) {
		if (facts.quickestRoute() == null) {
			return List.of();
		}
		return List
			.of(Item.of((facts.qualification() != null) ? facts.qualification() : text("routePage.noQualification")));
	}

	private List<Item> keyApply(KeyFacts facts) {
		if (facts.applyState() == null) {
			return List.of();
		}
		return List.of(new Item(text("recruitment.tag." + facts.applyState()), facts.applyHref(), null));
	}

	private List<Item> payStatus(RoleProfile role) {
		PayView pay = role.pay();
		if (pay == null) {
			return List.of();
		}
		List<Item> items = new ArrayList<>(
				texts(text("pay.status." + pay.awardStatus() + ".explained", pay.statusArguments())));
		SourceView source = pay.source();
		if (pay.figureBasis() != null) {
			items.addAll(texts(text("pay.basis." + pay.figureBasis(), source.publisher())));
		}
		items.add(new Item(source.title(), source.url(),
				text("compare.source", source.publisher(), DAY.format(source.dateChecked()))));
		return items;
	}

	private List<Item> routes(RoleProfile role) {
		return role.routes()
			.stream()
			.map((route) -> Item.of(text("compare.route", route.name(), time(route))))
			.toList();
	}

	private String time(RouteView route) {
		if (!route.hasDuration()) {
			return text("compare.duration.unknown");
		}
		if (route.isFixedDuration()) {
			return text("compare.duration.exact", route.durationMonthsMin());
		}
		if (route.durationMonthsMin() == null) {
			return text("compare.duration.upTo", route.durationMonthsMax());
		}
		return text("compare.duration.range", route.durationMonthsMin(), route.durationMonthsMax());
	}

	private List<Item> qualifications(RoleProfile role) {
		return role.routes()
			.stream()
			.filter((route) -> route.qualificationGained() != null)
			.map((route) -> (route.qualificationLevel() != null)
					? route.qualificationGained() + " " + text("routes.level", route.qualificationLevel())
					: route.qualificationGained())
			.distinct()
			.map(Item::of)
			.toList();
	}

	private List<Item> leadsTo(RoleProfile role) {
		return role.leadsTo()
			.stream()
			.map((step) -> new Item(step.title(), "/roles/" + step.slug(),
					(step.typicalTime() != null) ? text("path.typicalTime", step.typicalTime()) : null))
			.toList();
	}

	private List<Item> pay(RoleProfile role, Function<PayView, String> value) {
		return (role.pay() != null) ? texts(value.apply(role.pay())) : List.of();
	}

	private static List<Item> texts(String text) {
		return (text == null || text.isBlank()) ? List.of() : List.of(Item.of(text));
	}

	private String text(String key, Object... args) {
		return this.wording.text(key, args);
	}

	private String textWith(String key, Object[] args) {
		return this.wording.text(key, args);
	}

}
