package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The buttons of an ordered list: add, move up, move down and remove, without script.
 */
class ListFormTest {

	@Test
	void itemsAreAddedMovedAndRemovedByTheirButtons() {
		ListForm form = form("Assess risk", "Write reports", "Attend court");
		assertThat(form.rearrange("down-0")).isTrue();
		assertThat(texts(form)).containsExactly("Write reports", "Assess risk", "Attend court");
		assertThat(form.rearrange("up-2")).isTrue();
		assertThat(texts(form)).containsExactly("Write reports", "Attend court", "Assess risk");
		assertThat(form.rearrange("remove-1")).isTrue();
		assertThat(texts(form)).containsExactly("Write reports", "Assess risk");
		assertThat(form.rearrange("add")).isTrue();
		assertThat(form.getRows()).hasSize(3);
		assertThat(form.filledRows()).hasSize(2);
	}

	@Test
	void movesOffEitherEndOrPastTheListChangeNothingAndSaveIsNotARearrangement() {
		ListForm form = form("First", "Second");
		form.rearrange("up-0");
		form.rearrange("down-1");
		form.rearrange("remove-7");
		assertThat(texts(form)).containsExactly("First", "Second");
		assertThat(form.rearrange("save")).isFalse();
		assertThat(form.rearrange(null)).isFalse();
		assertThat(form.rearrange("up-x")).isFalse();
		assertThat(texts(form)).containsExactly("First", "Second");
	}

	@Test
	void theValuesNumberTheFilledRowsInOrder() {
		ListForm form = form("First", "", "Second");
		assertThat(form.values()).containsEntry("rows", "1. First\n2. Second");
	}

	private static ListForm form(String... texts) {
		ListForm form = new ListForm();
		List<ItemRow> rows = new ArrayList<>();
		for (String text : texts) {
			rows.add(ItemRow.text(text));
		}
		form.setRows(rows);
		return form;
	}

	private static List<String> texts(ListForm form) {
		return form.getRows().stream().map(ItemRow::getText).toList();
	}

}
