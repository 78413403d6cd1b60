package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.role.RoleProfile;
import uk.probationcareers.role.RoleSummary;

/**
 * One published role in the list, with its key facts; {@code href} has the rest.
 */
public record RoleListing(String slug, String title, String summary, String group, String careerStage,
		List<String> nations, PayFacts pay, Integer hoursMin, Integer hoursMax, LocalDate lastReviewed, String href,
		String page) implements Dated {

	static RoleListing of(RoleSummary role, RoleProfile profile) {
		boolean known = profile != null;
		return new RoleListing(role.slug(), role.title(), role.summary(), Codes.of(role.group()),
				Codes.of(role.stage()), known ? profile.nations().stream().map(Nation::name).toList() : List.of(),
				known ? PayFacts.of(profile.pay()) : null, known ? profile.hoursMin() : null,
				known ? profile.hoursMax() : null, known ? profile.lastReviewed() : null, Links.role(role.slug()),
				Links.rolePage(role.slug()));
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Stream.concat(Stream.of(this.lastReviewed), Dated.of(this.pay));
	}

}
