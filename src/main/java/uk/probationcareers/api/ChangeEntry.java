package uk.probationcareers.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import uk.probationcareers.role.ChangeNote;

/**
 * One published major change to a role: what changed, in which edition, and when.
 */
public record ChangeEntry(String slug, String title, int editionNumber, LocalDate date, OffsetDateTime publishedAt,
		String note, String href, String page) implements Dated {

	static ChangeEntry of(ChangeNote change) {
		return new ChangeEntry(change.slug(), change.title(), change.editionNumber(), change.date(),
				change.publishedAt(), change.note(), Links.role(change.slug()), Links.rolePage(change.slug()));
	}

	/**
	 * A change was checked when it was made.
	 */
	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.of(this.date);
	}

}
