package uk.probationcareers.admin;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * A date as the GOV.UK date input asks for it: day, month and year, each as typed, so
 * that what the editor entered is shown back even when it is not a date.
 */
public class DateInput {

	private String day;

	private String month;

	private String year;

	public static DateInput of(LocalDate date) {
		DateInput input = new DateInput();
		if (date != null) {
			input.day = String.valueOf(date.getDayOfMonth());
			input.month = String.valueOf(date.getMonthValue());
			input.year = String.valueOf(date.getYear());
		}
		return input;
	}

	/**
	 * Rejects {@code field} unless it holds a real date from 1900 to 2200, or is blank
	 * and not {@code required}.
	 */
	public static void check(Errors errors, String field, DateInput date, boolean required, String requiredKey) {
		if (errors.hasFieldErrors(field)) {
			return;
		}
		if (date == null || date.isBlank()) {
			if (required) {
				errors.rejectValue(field, requiredKey);
			}
		}
		else if (date.toDate() == null) {
			errors.rejectValue(field, "admin.form.date.invalid");
		}
	}

	public boolean isBlank() {
		return blank(this.day) && blank(this.month) && blank(this.year);
	}

	/**
	 * The date, or {@code null} when blank or not a real date.
	 */
	public LocalDate toDate() {
		try {
			int y = Integer.parseInt(this.year.strip());
			if (y < 1900 || y > 2200) {
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(this.month.strip()), Integer.parseInt(this.day.strip()));
		}
		catch (NullPointerException | NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

	/**
	 * What was entered, as shown side by side and recorded in the audit trail: the ISO
	 * date when it is one, otherwise the parts as typed, day/month/year; {@code null}
	 * when {@code input} is missing or blank.
	 */
	public static String text(DateInput input) {
		return (input == null || input.isBlank()) ? null : input.toString();
	}

	/**
	 * The ISO date when it is one, otherwise the parts as typed, day/month/year; blank
	 * parts are empty.
	 */
	@Override
	public String toString() {
		LocalDate date = toDate();
		if (date != null) {
			return date.toString();
		}
		return String.join("/", part(this.day), part(this.month), part(this.year));
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String part(String part) {
		return (part != null) ? part : "";
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

}
