package uk.probationcareers.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.probationcareers.role.CareerPathLink;

/**
 * The comparison as a spreadsheet: a header row, then one row per attribute with a column
 * per role. Fields follow RFC 4180 (written by Commons CSV), and none can start a
 * spreadsheet formula.
 */
final class ComparisonCsv {

	/**
	 * Lets spreadsheet programs such as Excel read the file as UTF-8, so that £ signs
	 * survive.
	 */
	static final String BYTE_ORDER_MARK = "\uFEFF";

	/** RFC 4180: commas, quotes doubled inside quoted fields, CRLF line ends. */
	static final CSVFormat FORMAT = CSVFormat.RFC4180;

	private final Wording wording;

	ComparisonCsv(Wording wording) {
		this.wording = wording;
	}

	String write(Comparison comparison, boolean differencesOnly) {
		StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
		try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
			write(printer, comparison, differencesOnly);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return csv.toString();
	}

	private void write(CSVPrinter csv, Comparison comparison, boolean differencesOnly) throws IOException {
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

	private static void line(CSVPrinter csv, List<String> fields) throws IOException {
		csv.printRecord(fields.stream().map(FormulaGuard::defuse));
	}

	private String text(String key, Object... args) {
		return this.wording.text(key, args);
	}

}
