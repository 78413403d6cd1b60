package uk.probationcareers.catalogue;

import java.util.Arrays;
import java.util.List;

public enum Nation {

	ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND;

	/**
	 * Reads the comma-separated nation codes the catalogue stores, ignoring blanks.
	 */
	public static List<Nation> parseList(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return splitCodes(codes).stream().map(Nation::valueOf).toList();
	}

	/**
	 * Splits a comma-separated list of codes as the catalogue stores them, ignoring
	 * blanks.
	 */
	public static List<String> splitCodes(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of();
		}
		return Arrays.stream(codes.split(",")).map(String::trim).filter((code) -> !code.isEmpty()).toList();
	}

}
