package uk.probationcareers.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NationTest {

	@Test
	void aStoredListOfNationsIsReadInOrderIgnoringSpacesAndBlanks() {
		assertThat(Nation.parseList("ENGLAND, WALES,,")).containsExactly(Nation.ENGLAND, Nation.WALES);
	}

	@Test
	void anEmptyOrMissingListMeansNoNations() {
		assertThat(Nation.parseList(null)).isEmpty();
		assertThat(Nation.parseList("  ")).isEmpty();
	}

	@Test
	void anUnknownNationIsRefusedRatherThanDropped() {
		assertThatIllegalArgumentException().isThrownBy(() -> Nation.parseList("ENGLAND,MARS"));
	}

}
