package uk.probationcareers.pathway;

import org.junit.jupiter.api.Test;
import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;

import static org.assertj.core.api.Assertions.assertThat;

class MapFilterTest {

	@Test
	void blankOrMissingChoicesMeanEverything() {
		MapFilter filter = MapFilter.parse(null, " ");
		assertThat(filter.isChosen()).isFalse();
		assertThat(filter.hasErrors()).isFalse();
		assertThat(filter.includes(RoleGroup.SCOTLAND, CareerStage.SENIOR)).isTrue();
	}

	@Test
	void aNationAndAStageNarrowTheMapToRolesMatchingBoth() {
		MapFilter filter = MapFilter.parse("SCOTLAND", "QUALIFIED");
		assertThat(filter.includes(RoleGroup.SCOTLAND, CareerStage.QUALIFIED)).isTrue();
		assertThat(filter.includes(RoleGroup.SCOTLAND, CareerStage.ENTRY)).isFalse();
		assertThat(filter.includes(RoleGroup.ENGLAND_WALES, CareerStage.QUALIFIED)).isFalse();
	}

	@Test
	void aMapTooBigToDrawSuggestsNarrowingItUntilBothAreChosen() {
		assertThat(MapFilter.NONE.narrowingHint()).isEqualTo("map.tooMany.index");
		assertThat(MapFilter.parse("RELATED", null).narrowingHint()).isEqualTo("map.tooMany.narrower");
		assertThat(MapFilter.parse("RELATED", "ENTRY").narrowingHint()).isEqualTo("map.tooMany.list");
	}

	@Test
	void anythingElseIsAnErrorOnItsOwnField() {
		MapFilter filter = MapFilter.parse("scotland", "SENIOR");
		assertThat(filter.nationError()).isEqualTo("map.error.nation");
		assertThat(filter.stageError()).isNull();
		assertThat(MapFilter.parse("", "LEVEL_9").stageError()).isEqualTo("map.error.stage");
	}

}
