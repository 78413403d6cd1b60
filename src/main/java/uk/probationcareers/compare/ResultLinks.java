package uk.probationcareers.compare;

import java.util.List;

import uk.probationcareers.system.SiteAddress;

/**
 * Where a comparison can be reached: with every row, with only the differences, as a
 * spreadsheet, and the full address printed at the foot of a paper copy.
 */
public record ResultLinks(String allRows, String differencesOnly, String csv, String printAddress) {

	static ResultLinks of(List<String> slugs, boolean differencesOnly, SiteAddress site) {
		String roles = "roles=" + String.join(",", slugs);
		String onlyDifferences = roles + "&differences=only";
		String current = differencesOnly ? onlyDifferences : roles;
		return new ResultLinks("/compare?" + roles, "/compare?" + onlyDifferences, "/compare.csv?" + current,
				site.of("/compare?" + current));
	}

}
