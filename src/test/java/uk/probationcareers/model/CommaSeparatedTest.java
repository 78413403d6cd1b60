package uk.probationcareers.model;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommaSeparatedTest {

	@Test
	void codesAreJoinedWithCommasAndSplitBackInOrder() {
		String column = CommaSeparated.join(List.of("probation-officer", "prison-officer"));
		assertThat(column).isEqualTo("probation-officer,prison-officer");
		assertThat(CommaSeparated.split(column)).containsExactly("probation-officer", "prison-officer");
	}

	@Test
	void spacesAndBlankEntriesAreLeftOut() {
		assertThat(CommaSeparated.split(" a , ,b,")).containsExactly("a", "b");
	}

	@Test
	void noCodesAreAnEmptyColumnAndAnEmptyOrMissingColumnIsNoCodes() {
		assertThat(CommaSeparated.join(List.of())).isEmpty();
		assertThat(CommaSeparated.join(null)).isEmpty();
		assertThat(CommaSeparated.split(null)).isEmpty();
		assertThat(CommaSeparated.split(" ")).isEmpty();
	}

	@Test
	void theConverterReadsAndWritesTheSameWay() {
		CommaSeparated converter = new CommaSeparated();
		assertThat(converter.convertToDatabaseColumn(List.of("x", "y"))).isEqualTo("x,y");
		assertThat(converter.convertToEntityAttribute("x,y")).containsExactly("x", "y");
	}

}
