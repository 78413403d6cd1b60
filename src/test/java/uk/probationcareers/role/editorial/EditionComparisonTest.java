package uk.probationcareers.role.editorial;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.probationcareers.role.editorial.EditionComparison.Change;
import uk.probationcareers.role.editorial.EditionComparison.ItemDiff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing two editions: fields side by side, lists item by item.
 */
class EditionComparisonTest {

	@Test
	void listsAreComparedItemByItem() {
		EditionComparison.ListDiff diff = EditionComparison.compareLists("duties",
				List.of("Assess risk", "Write reports", "Attend court"),
				List.of("Write reports", "Assess risk", "Run groups"));
		assertThat(diff.changed()).isTrue();
		assertThat(diff.items()).containsExactly(new ItemDiff("Write reports", Change.MOVED),
				new ItemDiff("Assess risk", Change.MOVED), new ItemDiff("Run groups", Change.ADDED),
				new ItemDiff("Attend court", Change.REMOVED));
	}

	@Test
	void fieldsShowBothValuesAndWhetherTheyDiffer() {
		EditionComparison comparison = EditionComparison.of(Map.of("title", "Probation officer", "socCode", ""),
				Map.of("duties", List.of("Assess risk")), Map.of("title", "Probation officer (PO)"),
				Map.of("duties", List.of("Assess risk")));
		assertThat(comparison.fields()).contains(
				new EditionComparison.FieldDiff("title", "Probation officer", "Probation officer (PO)", true),
				new EditionComparison.FieldDiff("socCode", null, null, false));
		assertThat(comparison.lists().get(0).changed()).isFalse();
		assertThat(comparison.anyChange()).isTrue();
	}

	@Test
	void identicalEditionsShowNoChange() {
		EditionComparison comparison = EditionComparison.of(Map.of("title", "PSO"), Map.of("duties", List.of("A")),
				Map.of("title", "PSO"), Map.of("duties", List.of("A")));
		assertThat(comparison.anyChange()).isFalse();
	}

}
