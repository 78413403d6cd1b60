package uk.probationcareers.compare;

import java.util.List;

import org.junit.jupiter.api.Test;
import uk.probationcareers.compare.Comparison.Column;
import uk.probationcareers.role.CareerPathLink;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.probationcareers.compare.Profiles.link;

class CareerWaysTest {

	static final Column PSO = new Column("probation-service-officer", "Probation service officer");

	static final Column TRAINEE = new Column("trainee-probation-officer", "Trainee probation officer");

	static final Column PO = new Column("probation-officer", "Probation officer");

	static final Column SPO = new Column("senior-probation-officer", "Senior probation officer");

	static final Column PRISON = new Column("prison-officer", "Prison officer");

	static final List<CareerPathLink> PATH = List.of(link(PO.slug(), SPO.slug(), SPO.title(), "2 to 3 years", null),
			link(PSO.slug(), TRAINEE.slug(), TRAINEE.title(), "1 year", "PQiP internal route"),
			link(TRAINEE.slug(), PO.slug(), PO.title(), "15 to 27 months", null));

	final CareerWays ways = new CareerWays(PATH);

	@Test
	void theWayFromOneChosenRoleToAnotherFollowsEveryStepInBetween() {
		List<CareerWay> found = this.ways.between(List.of(PSO, PO));

		assertThat(found).singleElement().satisfies((way) -> {
			assertThat(way.from()).isEqualTo(PSO);
			assertThat(way.to()).isEqualTo(PO);
			assertThat(way.steps()).extracting(CareerPathLink::toSlug).containsExactly(TRAINEE.slug(), PO.slug());
			assertThat(way.steps().get(0).routeName()).isEqualTo("PQiP internal route");
			assertThat(way.isDirect()).isFalse();
		});
	}

	@Test
	void theWayIsFoundWhicheverOrderTheRolesWereChosenIn() {
		List<CareerWay> found = this.ways.between(List.of(SPO, PSO));

		assertThat(found).singleElement().satisfies((way) -> {
			assertThat(way.from()).isEqualTo(PSO);
			assertThat(way.to()).isEqualTo(SPO);
			assertThat(way.steps()).extracting(CareerPathLink::toSlug)
				.containsExactly(TRAINEE.slug(), PO.slug(), SPO.slug());
		});
	}

	@Test
	void rolesTheCareerPathDoesNotConnectHaveNoWay() {
		assertThat(this.ways.between(List.of(PSO, PRISON))).isEmpty();
		assertThat(new CareerWays(List.of()).between(List.of(PSO, PO))).isEmpty();
	}

	@Test
	void twoRolesThatBothLeadToAThirdAreNotConnectedToEachOther() {
		CareerWays fork = new CareerWays(List.of(link("a", "c", "C", null, null), link("b", "c", "C", null, null)));
		assertThat(fork.between(List.of(new Column("a", "A"), new Column("b", "B")))).isEmpty();
	}

	@Test
	void everyConnectedPairOfChosenRolesGetsItsOwnWay() {
		List<CareerWay> found = this.ways.between(List.of(PSO, PO, SPO, PRISON));
		assertThat(found).extracting((way) -> way.from().slug() + ">" + way.to().slug())
			.containsExactly("probation-service-officer>probation-officer",
					"probation-service-officer>senior-probation-officer", "probation-officer>senior-probation-officer");
		assertThat(found.get(2).isDirect()).isTrue();
	}

	@Test
	void theShortestWayWinsAndALoopInTheLinksDoesNotTrapTheSearch() {
		CareerWays loop = new CareerWays(List.of(link("a", "b", "B", null, null), link("b", "a", "A", null, null),
				link("b", "c", "C", null, null), link("c", "d", "D", null, null), link("a", "d", "D", null, null)));
		assertThat(loop.shortest("a", "d")).hasValueSatisfying((steps) -> assertThat(steps).hasSize(1));
		assertThat(loop.shortest("d", "a")).isEmpty();
	}

}
