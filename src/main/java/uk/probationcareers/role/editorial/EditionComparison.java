package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Two editions of a profile side by side: each field with its value in both, and each
 * list compared item by item (kept, moved, added, removed).
 */
public record EditionComparison(List<FieldDiff> fields, List<ListDiff> lists) {

	public static EditionComparison of(Map<String, String> fieldsA, Map<String, List<String>> listsA,
			Map<String, String> fieldsB, Map<String, List<String>> listsB) {
		List<FieldDiff> fields = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>(fieldsA.keySet());
		names.addAll(fieldsB.keySet());
		for (String name : names) {
			String a = blankToNull(fieldsA.get(name));
			String b = blankToNull(fieldsB.get(name));
			fields.add(new FieldDiff(name, a, b, !Objects.equals(a, b)));
		}
		List<ListDiff> lists = new ArrayList<>();
		Set<String> listNames = new LinkedHashSet<>(listsA.keySet());
		listNames.addAll(listsB.keySet());
		for (String name : listNames) {
			lists.add(compareLists(name, listsA.getOrDefault(name, List.of()), listsB.getOrDefault(name, List.of())));
		}
		return new EditionComparison(fields, lists);
	}

	/**
	 * Compares two ordered lists item by item: every item of the later list, in its
	 * order, marked as kept in place, moved or added; then the items the later list no
	 * longer has.
	 */
	static ListDiff compareLists(String name, List<String> a, List<String> b) {
		List<ItemDiff> items = new ArrayList<>();
		for (int i = 0; i < b.size(); i++) {
			String item = b.get(i);
			int was = a.indexOf(item);
			Change change = (was < 0) ? Change.ADDED : ((was == i) ? Change.SAME : Change.MOVED);
			items.add(new ItemDiff(item, change));
		}
		for (String item : a) {
			if (!b.contains(item)) {
				items.add(new ItemDiff(item, Change.REMOVED));
			}
		}
		return new ListDiff(name, items, items.stream().anyMatch((item) -> item.change() != Change.SAME));
	}

	public boolean anyChange() {
		return this.fields.stream().anyMatch(FieldDiff::changed) || this.lists.stream().anyMatch(ListDiff::changed);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	public enum Change {

		SAME, MOVED, ADDED, REMOVED

	}

	public record FieldDiff(String name, String before, String after, boolean changed) {
	}

	public record ItemDiff(String text, Change change) {
	}

	public record ListDiff(String name, List<ItemDiff> items, boolean changed) {
	}

	/**
	 * One edition's content as compared: its fields and its lists, in the words an editor
	 * reads.
	 */
	record Content(Map<String, String> fields, Map<String, List<String>> lists) {

		static Content empty() {
			return new Content(new LinkedHashMap<>(), new LinkedHashMap<>());
		}

	}

}
