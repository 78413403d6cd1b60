package uk.probationcareers.api;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import uk.probationcareers.pay.PayOverview.Band;

/**
 * A pay band with its pay year and status, and the published roles paid on it.
 */
public record PayBandEntry(String code, PayFacts pay, List<RoleLink> roles) implements Dated {

	static PayBandEntry of(Band band) {
		return new PayBandEntry(band.code(), PayFacts.of(band.pay()),
				band.roles().stream().map((role) -> RoleLink.of(role.slug(), role.title())).toList());
	}

	@Override
	public Stream<LocalDate> checkedDates() {
		return Dated.of(this.pay);
	}

}
