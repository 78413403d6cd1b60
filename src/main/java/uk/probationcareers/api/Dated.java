package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Something in an API response that carries the dates its facts were last checked, so the
 * envelope can say how fresh the newest of them is. Not a getter, so never written out
 * itself.
 */
interface Dated {

	Stream<LocalDate> checkedDates();

	static Stream<LocalDate> of(Dated item) {
		return (item != null) ? item.checkedDates() : Stream.empty();
	}

	static Stream<LocalDate> ofAll(Collection<? extends Dated> items) {
		return items.stream().filter(Objects::nonNull).flatMap(Dated::checkedDates);
	}

}
