package uk.probationcareers.role;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One published major change to a role: what the public is told changed, and when.
 */
public record ChangeNote(String slug, String title, int editionNumber, LocalDate date, OffsetDateTime publishedAt,
		String note) {

	static ChangeNote of(RoleEdition edition) {
		return new ChangeNote(edition.getRole().getSlug(), edition.getTitle(), edition.getEditionNumber(),
				edition.getLastUpdated(), edition.getPublishedAt(), edition.getChangeNote());
	}

}
