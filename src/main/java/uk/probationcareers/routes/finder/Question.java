package uk.probationcareers.routes.finder;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The finder's questions, in the order they are asked. Each is one page at
 * {@code /route-finder/{param}} and one query parameter of the results address.
 */
enum Question {

	NATION("nation", Kind.RADIOS, values(WorkNation.values())),
	QUALIFICATION("qualification", Kind.RADIOS, values(Qualification.values())),
	MODULES("modules", Kind.CHECKBOXES, values(CriminologyModule.values())),
	EXPERIENCE("experience", Kind.RADIOS, YesNo.VALUES), EMPLOYER("employer", Kind.RADIOS, values(Employer.values())),
	SERVICE("months", Kind.NUMBER, List.of()), RESIDENCE("uk-residence", Kind.RADIOS, YesNo.VALUES),
	NATIONALITY("nationality", Kind.RADIOS, YesNo.VALUES), AGE("adult", Kind.RADIOS, YesNo.VALUES),
	PART_TIME("part-time", Kind.RADIOS, YesNo.VALUES);

	/** The longest service, in months, the finder accepts: 50 years. */
	static final int MOST_MONTHS = 600;

	/** The two answers of a yes-or-no question. */
	static final class YesNo {

		static final List<String> VALUES = List.of("yes", "no");

		private YesNo() {
		}

	}

	enum Kind {

		RADIOS, CHECKBOXES, NUMBER

	}

	private final String param;

	private final Kind kind;

	private final List<String> options;

	Question(String param, Kind kind, List<String> options) {
		this.param = param;
		this.kind = kind;
		this.options = options;
	}

	String param() {
		return this.param;
	}

	Kind kind() {
		return this.kind;
	}

	List<String> options() {
		return this.options;
	}

	static Optional<Question> byParam(String param) {
		return Arrays.stream(values()).filter((question) -> question.param.equals(param)).findFirst();
	}

	/**
	 * Reads this question's answer from the raw values sent for it; the answer in its
	 * canonical form, or the message key of what is wrong with it.
	 */
	Reading read(List<String> raw) {
		List<String> given = (raw == null) ? List.of()
				: raw.stream()
					.flatMap((value) -> Arrays.stream(value.split(",")))
					.map(String::strip)
					.filter((value) -> !value.isEmpty())
					.distinct()
					.toList();
		if (given.isEmpty()) {
			return Reading.wrong("finder." + this.param + ".missing");
		}
		return switch (this.kind) {
			case RADIOS -> (given.size() == 1 && this.options.contains(given.get(0))) ? Reading.of(given)
					: Reading.wrong("finder." + this.param + ".missing");
			case CHECKBOXES -> readModules(given);
			case NUMBER -> readMonths(given);
		};
	}

	private Reading readModules(List<String> given) {
		if (given.contains(CriminologyModule.NONE)) {
			return (given.size() == 1) ? Reading.of(given) : Reading.wrong("finder.modules.both");
		}
		if (!this.options.containsAll(given)) {
			return Reading.wrong("finder.modules.missing");
		}
		return Reading.of(this.options.stream().filter(given::contains).toList());
	}

	private static Reading readMonths(List<String> given) {
		if (given.size() != 1 || !given.get(0).matches("\\d{1,4}")) {
			return Reading.wrong("finder.months.invalid");
		}
		int months = Integer.parseInt(given.get(0));
		return (months > MOST_MONTHS) ? Reading.wrong("finder.months.range")
				: Reading.of(List.of(String.valueOf(months)));
	}

	private static List<String> values(Choice[] choices) {
		return Arrays.stream(choices).map(Choice::value).toList();
	}

	/**
	 * An answer read from the address: its canonical values, or what is wrong with it.
	 */
	record Reading(List<String> values, String error) {

		static Reading of(List<String> values) {
			return new Reading(List.copyOf(values), null);
		}

		static Reading wrong(String error) {
			return new Reading(null, error);
		}

	}

}
