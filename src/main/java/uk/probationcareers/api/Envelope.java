package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What every API response holds: the data, the licence it may be reused under, and the
 * newest date any fact in it was checked.
 */
public record Envelope<T>(Licence licence, LocalDate checkedOn, T data) {

	static <T extends Dated> Envelope<List<T>> ofList(Licence licence, List<T> data) {
		return new Envelope<>(licence, newest(Dated.ofAll(data)), data);
	}

	static <T extends Dated> Envelope<T> of(Licence licence, T data) {
		return new Envelope<>(licence, newest(Dated.of(data)), data);
	}

	static LocalDate newest(Stream<LocalDate> dates) {
		return dates.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

}
