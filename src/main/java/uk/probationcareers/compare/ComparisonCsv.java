package uk.probationcareers.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import uk.probationcareers.role.CareerPathLink;

/**
 * The comparison as a spreadsheet: a header row, then one row per attribute with a column
 * per role. Fields follow RFC 4180, and none can start a spreadsheet formula.
 */
final class ComparisonCsv {

	/**
	 * Lets spreadsheet programs such as Excel read the file as UTF-8, so that £ signs
	 * survive.
	 */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String LINE_END = "\r\n";

	private final Wording wording;

	ComparisonCsv(Wording wording) {
		this.wording = wording;
	}

	String write(Comparison comparison, boolean differencesOnly) {
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
		List<String> header = new ArrayList<>(List.of(text("compare.csv.attribute")));
		header.addAll(comparison.titles());
		line(csv, header);
		int width = comparison.columns().size();
		for (ComparisonRow row : comparison.rows(differencesOnly)) {
			List<String> fields = new ArrayList<>(List.of(text(row.labelKey())));
			if (row.spanning()) {
				fields.addAll(Collections.nCopies(width, row.cells().get(0).plain()));
			}
			else {
				row.cells().forEach((cell) -> fields.add(cell.plain()));
			}
			line(csv, fields);
		}
		for (CareerWay way : comparison.ways()) {
			List<String> fields = new ArrayList<>(
					List.of(text("compare.way.heading", way.from().title(), way.to().title())));
			comparison.columns().forEach((column) -> fields.add(column.equals(way.from()) ? describe(way) : ""));
			line(csv, fields);
		}
		return csv.toString();
	}

	private String describe(CareerWay way) {
		List<String> parts = new ArrayList<>(List.of(way.from().title()));
		for (CareerPathLink step : way.steps()) {
			List<String> details = new ArrayList<>();
			if (step.routeName() != null) {
				details.add(text("path.route", step.routeName()));
			}
			if (step.typicalTime() != null) {
				details.add(text("path.typicalTime", step.typicalTime()));
			}
			parts.add(details.isEmpty() ? step.toTitle() : step.toTitle() + " (" + String.join("; ", details) + ")");
		}
		return String.join(" > ", parts);
	}

	private static void line(StringBuilder csv, List<String> fields) {
		csv.append(fields.stream().map(ComparisonCsv::field).collect(Collectors.joining(","))).append(LINE_END);
	}

	/**
	 * One field: a leading formula character is defused with a single quote, then the
	 * field is quoted if it holds a comma, quote or line break, with quotes doubled.
	 */
	static String field(String value) {
		String safe = (value == null) ? "" : value;
		if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
			safe = "'" + safe;
		}
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private String text(String key, Object... args) {
		return this.wording.text(key, args);
	}

}
