package uk.probationcareers.support;

import java.time.LocalDate;
import java.util.List;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.routes.Recruitment;
import uk.probationcareers.routes.RouteType;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.routes.StaffRule;

/**
 * Builds entry route views for tests: a route open to anyone in England unless a rule is
 * set.
 */
public final class TestRoute {

	private final String name;

	private RouteType type = RouteType.DIRECT_APPLICATION;

	private String qualification;

	private Integer level;

	private Integer minimumMonths;

	private Integer maximumMonths;

	private Integer minLevel;

	private Integer maxLevel;

	private Integer modules;

	private boolean experience;

	private Integer residenceYears;

	private Integer minimumAge;

	private boolean nationality;

	private StaffRule staffRule = StaffRule.ANYONE;

	private Integer serviceMonths;

	private Integer partTimeMonths;

	private List<Nation> nations = List.of(Nation.ENGLAND);

	private LocalDate validFrom;

	private TestRoute(String name) {
		this.name = name;
	}

	public static TestRoute named(String name) {
		return new TestRoute(name);
	}

	public TestRoute months(Integer minimum, Integer maximum) {
		this.minimumMonths = minimum;
		this.maximumMonths = maximum;
		return this;
	}

	public TestRoute gives(String qualification, Integer level) {
		this.qualification = qualification;
		this.level = level;
		return this;
	}

	public TestRoute levels(Integer minimum, Integer maximum) {
		this.minLevel = minimum;
		this.maxLevel = maximum;
		return this;
	}

	public TestRoute modules(Integer modules) {
		this.modules = modules;
		return this;
	}

	public TestRoute experience() {
		this.experience = true;
		return this;
	}

	public TestRoute residence(Integer years) {
		this.residenceYears = years;
		return this;
	}

	public TestRoute age(Integer age) {
		this.minimumAge = age;
		return this;
	}

	public TestRoute nationality() {
		this.nationality = true;
		return this;
	}

	public TestRoute staff(StaffRule rule, Integer serviceMonths) {
		this.staffRule = rule;
		this.serviceMonths = serviceMonths;
		return this;
	}

	public TestRoute partTime(Integer months) {
		this.partTimeMonths = months;
		return this;
	}

	public TestRoute nations(Nation... nations) {
		this.nations = List.of(nations);
		return this;
	}

	public TestRoute validFrom(LocalDate date) {
		this.validFrom = date;
		return this;
	}

	public TestRoute type(RouteType type) {
		this.type = type;
		return this;
	}

	public RouteView build() {
		RouteView.Eligibility eligibility = new RouteView.Eligibility(this.minLevel, this.maxLevel, this.modules, null,
				this.experience, this.residenceYears, this.minimumAge, this.nationality, this.staffRule,
				this.serviceMonths, this.partTimeMonths, null, null, null, null, null);
		return new RouteView(this.name.toLowerCase().replace(' ', '-'), this.name, this.type, "Summary",
				this.qualification, this.level, this.minimumMonths, this.maximumMonths, null, eligibility, this.nations,
				this.validFrom, null, null, null,
				Recruitment.of(List.of(), LocalDate.of(2026, 11, 23), null, null, null));
	}

}
