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
		assertThat(diff.items()).containsExactly(new ItemDiff("Write reports", Change.SAME),
				new ItemDiff("Attend court", Change.REMOVED), new ItemDiff("Assess risk", Change.MOVED),
				new ItemDiff("Run groups", Change.ADDED));
	}

	@Test
	void anItemPutInAtTheTopIsTheOnlyOneAddedAndTheRestAreUnchanged() {
		EditionComparison.ListDiff diff = EditionComparison.compareLists("duties",
				List.of("Assess risk", "Write reports", "Attend court"),
				List.of("Run groups", "Assess risk", "Write reports", "Attend court"));
		assertThat(diff.items()).containsExactly(new ItemDiff("Run groups", Change.ADDED),
				new ItemDiff("Assess risk", Change.SAME), new ItemDiff("Write reports", Change.SAME),
				new ItemDiff("Attend court", Change.SAME));
	}

	@Test
	void anItemTakenOutIsRemovedWhereItWasAndTheRestAreUnchanged() {
		EditionComparison.ListDiff diff = EditionComparison.compareLists("duties",
				List.of("Assess risk", "Write reports", "Attend court"), List.of("Assess risk", "Attend court"));
		assertThat(diff.items()).containsExactly(new ItemDiff("Assess risk", Change.SAME),
				new ItemDiff("Write reports", Change.REMOVED), new ItemDiff("Attend court", Change.SAME));
	}

	@Test
	void anItemMovedToTheTopIsTheOnlyOneMovedAndIsShownOnce() {
		EditionComparison.ListDiff diff = EditionComparison.compareLists("duties",
				List.of("Assess risk", "Write reports", "Attend court"),
				List.of("Attend court", "Assess risk", "Write reports"));
		assertThat(diff.items()).containsExactly(new ItemDiff("Attend court", Change.MOVED),
				new ItemDiff("Assess risk", Change.SAME), new ItemDiff("Write reports", Change.SAME));
	}

	@Test
	void aListWithTheSameItemTwiceCountsEachCopy() {
		EditionComparison.ListDiff diff = EditionComparison.compareLists("otherTitles", List.of("PO", "PSO"),
				List.of("PSO", "PO", "PO"));
		assertThat(diff.items()).extracting(ItemDiff::change).containsOnlyOnce(Change.ADDED);
		assertThat(diff.items()).extracting(ItemDiff::text).containsExactly("PSO", "PO", "PO");
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
