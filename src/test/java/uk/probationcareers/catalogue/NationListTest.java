package uk.probationcareers.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NationListTest {

	private final NationList nations = new NationList();

	@Test
	void aStoredListOfNationsIsReadInOrderIgnoringSpacesAndBlanks() {
		assertThat(this.nations.convertToEntityAttribute("ENGLAND, WALES,,")).containsExactly(Nation.ENGLAND,
				Nation.WALES);
	}

	@Test
	void anEmptyOrMissingListMeansNoNations() {
		assertThat(this.nations.convertToEntityAttribute(null)).isEmpty();
		assertThat(this.nations.convertToEntityAttribute("  ")).isEmpty();
	}

	@Test
	void anUnknownNationIsRefusedRatherThanDropped() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.nations.convertToEntityAttribute("ENGLAND,MARS"));
	}

	@Test
	void nationsAreStoredAsCommaSeparatedCodesAndReadBackTheSame() {
		List<Nation> both = List.of(Nation.SCOTLAND, Nation.NORTHERN_IRELAND);
		String column = this.nations.convertToDatabaseColumn(both);
		assertThat(column).isEqualTo("SCOTLAND,NORTHERN_IRELAND");
		assertThat(this.nations.convertToEntityAttribute(column)).isEqualTo(both);
		assertThat(this.nations.convertToDatabaseColumn(List.of())).isEmpty();
	}

}
