package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

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
	 * Compares two ordered lists as a diff does: the longest run of items both keep in
	 * the same order is unchanged, so an item put in at the top marks only itself as
	 * added. Of the rest, an item in both lists has moved, an item only in the later list
	 * was added and one only in the earlier list was removed. Items come in the later
	 * list's order, each removed item where it used to be.
	 */
	static ListDiff compareLists(String name, List<String> a, List<String> b) {
		Patch<String> patch = DiffUtils.diff(a, b);
		Map<String, Integer> removed = new HashMap<>();
		Map<String, Integer> added = new HashMap<>();
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			delta.getSource().getLines().forEach((item) -> removed.merge(item, 1, Integer::sum));
			delta.getTarget().getLines().forEach((item) -> added.merge(item, 1, Integer::sum));
		}
		Map<String, Integer> movedFrom = new HashMap<>();
		removed.forEach((item, count) -> movedFrom.put(item, Math.min(count, added.getOrDefault(item, 0))));
		Map<String, Integer> movedTo = new HashMap<>(movedFrom);
		List<ItemDiff> items = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			for (; next < delta.getTarget().getPosition(); next++) {
				items.add(new ItemDiff(b.get(next), Change.SAME));
			}
			for (String item : delta.getSource().getLines()) {
				if (!take(movedFrom, item)) {
					items.add(new ItemDiff(item, Change.REMOVED));
				}
			}
			for (String item : delta.getTarget().getLines()) {
				items.add(new ItemDiff(item, take(movedTo, item) ? Change.MOVED : Change.ADDED));
			}
			next += delta.getTarget().size();
		}
		for (; next < b.size(); next++) {
			items.add(new ItemDiff(b.get(next), Change.SAME));
		}
		return new ListDiff(name, items, items.stream().anyMatch((item) -> item.change() != Change.SAME));
	}

	/**
	 * Takes one of the item from the counts, if any is left.
	 */
	private static boolean take(Map<String, Integer> counts, String item) {
		int left = counts.getOrDefault(item, 0);
		if (left == 0) {
			return false;
		}
		counts.put(item, left - 1);
		return true;
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
