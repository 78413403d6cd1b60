package uk.probationcareers.routes.finder;

import java.util.List;

import uk.probationcareers.catalogue.Nation;

/**
 * Where someone wants to work: probation is organised by England and Wales together,
 * Scotland and Northern Ireland.
 */
enum WorkNation implements Choice {

	ENGLAND_WALES("england-wales", List.of(Nation.ENGLAND, Nation.WALES)),
	SCOTLAND("scotland", List.of(Nation.SCOTLAND)),
	NORTHERN_IRELAND("northern-ireland", List.of(Nation.NORTHERN_IRELAND));

	private final String value;

	private final List<Nation> nations;

	WorkNation(String value, List<Nation> nations) {
		this.value = value;
		this.nations = nations;
	}

	@Override
	public String value() {
		return this.value;
	}

	boolean coveredBy(List<Nation> routeNations) {
		return routeNations.stream().anyMatch(this.nations::contains);
	}

}
