package uk.probationcareers.routes.finder;

import java.util.Arrays;
import java.util.Optional;

/**
 * An answer that travels in the address as a short lower-case value.
 */
interface Choice {

	String value();

	String name();

	static <E extends Enum<E> & Choice> Optional<E> parse(Class<E> type, String value) {
		return Arrays.stream(type.getEnumConstants()).filter((choice) -> choice.value().equals(value)).findFirst();
	}

}
