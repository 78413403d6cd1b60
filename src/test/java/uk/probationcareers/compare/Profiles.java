package uk.probationcareers.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.probationcareers.pay.AwardStatus;
import uk.probationcareers.pay.FigureBasis;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.pay.PayView;
import uk.probationcareers.routes.RouteView;
import uk.probationcareers.support.TestRoute;
import uk.probationcareers.catalogue.SourceView;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.Importance;
import uk.probationcareers.role.RoleGroup;
import uk.probationcareers.role.RoleProfile;
import uk.probationcareers.role.RoleProfile.CareerStep;
import uk.probationcareers.role.RoleProfile.SkillView;
import uk.probationcareers.role.RoleSummary;

/**
 * Hand-made role profiles for tests that need no database.
 */
final class Profiles {

	static final SourceView PAY_SOURCE = new SourceView("Pay scales 2025/26", "HMPPS", "https://example.org/pay-scales",
			null, LocalDate.of(2026, 11, 1), false, null);

	private final String slug;

	private final String title;

	private PayView pay;

	private Integer hoursMin = 37;

	private Integer hoursMax = 37;

	private final List<String> duties = new ArrayList<>();

	private final List<SkillView> skills = new ArrayList<>();

	private final List<String> requirements = new ArrayList<>();

	private final List<RouteView> routes = new ArrayList<>();

	private final List<CareerStep> leadsTo = new ArrayList<>();

	private final List<CareerStep> comesFrom = new ArrayList<>();

	private final List<CareerStep> related = new ArrayList<>();

	private Profiles(String slug, String title) {
		this.slug = slug;
		this.title = title;
	}

	static Profiles role(String slug, String title) {
		return new Profiles(slug, title);
	}

	Profiles pay(String band, Integer minimum, Integer maximum) {
		this.pay = new PayView("HMPPS", band, "2025/26", minimum, maximum, null, AwardStatus.AGREED, null,
				FigureBasis.PAY_SCALE, null, null, PAY_SOURCE);
		return this;
	}

	Profiles hours(Integer minimum, Integer maximum) {
		this.hoursMin = minimum;
		this.hoursMax = maximum;
		return this;
	}

	Profiles duties(String... duties) {
		this.duties.addAll(List.of(duties));
		return this;
	}

	Profiles skills(String... codes) {
		for (String code : codes) {
			this.skills.add(new SkillView(code, "Skill " + code, "About " + code, Importance.ESSENTIAL));
		}
		return this;
	}

	Profiles requirements(String... requirements) {
		this.requirements.addAll(List.of(requirements));
		return this;
	}

	Profiles route(String name, Integer minimumMonths, Integer maximumMonths, String qualification) {
		this.routes
			.add(TestRoute.named(name).months(minimumMonths, maximumMonths).gives(qualification, 3).age(18).build());
		return this;
	}

	Profiles leadsTo(String slug, String title, String typicalTime) {
		this.leadsTo.add(new CareerStep(slug, title, null, typicalTime, null));
		return this;
	}

	Profiles comesFrom(String slug, String title) {
		this.comesFrom.add(new CareerStep(slug, title, null, null, null));
		return this;
	}

	Profiles related(String slug, String title) {
		this.related.add(new CareerStep(slug, title, null, null, null));
		return this;
	}

	RoleProfile build() {
		return new RoleProfile(this.slug, this.title, RoleGroup.ENGLAND_WALES, List.of(), "Summary of " + this.title,
				"Adults on probation", null, this.hoursMin, this.hoursMax, "Office hours", this.pay, null,
				List.of(Nation.ENGLAND, Nation.WALES), "2462", LocalDate.of(2026, 11, 1), List.copyOf(this.duties),
				List.copyOf(this.skills), List.copyOf(this.requirements), List.copyOf(this.routes),
				List.copyOf(this.leadsTo), List.copyOf(this.comesFrom), List.copyOf(this.related), List.of());
	}

	RoleSummary summary() {
		return new RoleSummary(this.slug, this.title, "Summary of " + this.title, RoleGroup.ENGLAND_WALES,
				CareerStage.QUALIFIED);
	}

	static CareerPathLink link(String from, String to, String toTitle, String typicalTime, String route) {
		return new CareerPathLink(from, to, toTitle, typicalTime, route);
	}

}
