package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * One published "leads to" step between two roles on the career path. Its facts are those
 * of the role it leads from, checked when that role was last reviewed.
 */
public record PathLink(RoleLink from, RoleLink to, String typicalTime, String routeName,
		LocalDate fromLastReviewed) implements Dated {

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.of(this.fromLastReviewed);
	}

}
