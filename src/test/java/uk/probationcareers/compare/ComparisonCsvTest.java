package uk.probationcareers.compare;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.probationcareers.compare.Profiles.link;
import static uk.probationcareers.compare.Profiles.role;

class ComparisonCsvTest {

	final Wording wording = RealWording.messages();

	@Test
	void theFileStartsWithAHeaderRowOfAttributeAndEachRoleTitle() {
		String csv = write(false);
		assertThat(csv)
			.startsWith(ComparisonCsv.BYTE_ORDER_MARK + "Attribute,Probation service officer,Probation officer\r\n");
	}

	@Test
	void thereIsOneRowPerAttributeWithAColumnPerRole() {
		List<String> lines = List.of(write(false).split("\r\n"));
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.startsWith("Pay,\"£26,475 to £31,000 a year \u2013 Agreed for 2025/26\",\"£35,500"));
		assertThat(lines).anySatisfy((line) -> assertThat(line).isEqualTo("Hours,37 hours a week,37 hours a week"));
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.isEqualTo("Skills shared by all these roles,Skill listening,Skill listening"));
	}

	@Test
	void listsStayInOneQuotedFieldOneItemALine() {
		assertThat(write(false))
			.contains("Requirements and restrictions only in this role,\"Vetting\nA \"\"full\"\" licence\",");
	}

	@Test
	void contentThatLooksLikeAFormulaIsWrittenAsText() {
		assertThat(write(false)).contains(",'=cmd|' /C calc'!A0\r\n");
	}

	@Test
	void theWayBetweenTheRolesIsWrittenInTheColumnOfTheRoleItStartsFrom() {
		assertThat(write(false)).contains("From Probation service officer to Probation officer,"
				+ "Probation service officer > Trainee probation officer (Route: PQiP internal route; Typical time: 1 year)"
				+ " > Probation officer,\r\n");
	}

	@Test
	void differencesOnlyLeavesOutRowsThatAreTheSameForAll() {
		String csv = write(true);
		assertThat(csv).contains("Pay,").doesNotContain("Hours,", "Skills shared by all");
	}

	@Test
	void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
		assertThat(ComparisonCsv.FORMAT.format("plain", "a,b", "say \"hi\"", "two\nlines", ""))
			.isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",");
	}

	@Test
	void aFieldThatCouldStartASpreadsheetFormulaIsDefused() {
		assertThat(FormulaGuard.defuse("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(FormulaGuard.defuse("+1")).isEqualTo("'+1");
		assertThat(FormulaGuard.defuse("-2")).isEqualTo("'-2");
		assertThat(FormulaGuard.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(FormulaGuard.defuse("\tcmd")).isEqualTo("'\tcmd");
		assertThat(FormulaGuard.defuse("\rcmd")).isEqualTo("'\rcmd");
		assertThat(FormulaGuard.defuse("Band 3 - HMPPS")).isEqualTo("Band 3 - HMPPS");
		assertThat(FormulaGuard.defuse(null)).isEmpty();
	}

	@Test
	void aDefusedFormulaWithQuotesIsStillOneQuotedField() {
		assertThat(ComparisonCsv.FORMAT.format(FormulaGuard.defuse("=HYPERLINK(\"http://x\")")))
			.isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
	}

	private String write(boolean differencesOnly) {
		Comparison comparison = new RoleComparer(this.wording).compare(
				List.of(role("probation-service-officer", "Probation service officer").pay("Band 3", 26475, 31000)
					.skills("listening")
					.requirements("Vetting", "A \"full\" licence")
					.build(),
						role("probation-officer", "Probation officer").pay("Band 4", 35500, 42000)
							.skills("listening")
							.requirements("=cmd|' /C calc'!A0")
							.build()),
				List.of(link("probation-service-officer", "trainee-probation-officer", "Trainee probation officer",
						"1 year", "PQiP internal route"),
						link("trainee-probation-officer", "probation-officer", "Probation officer", null, null)));
		return new ComparisonCsv(this.wording).write(comparison, differencesOnly);
	}

}
