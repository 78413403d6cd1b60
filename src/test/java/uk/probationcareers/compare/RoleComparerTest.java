package uk.probationcareers.compare;

import java.util.List;

import org.junit.jupiter.api.Test;
import uk.probationcareers.role.RoleProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.probationcareers.compare.Profiles.role;

class RoleComparerTest {

	final RoleComparer comparer = new RoleComparer(RealWording.messages());

	@Test
	void eachChosenRoleBecomesAColumnInTheOrderChosen() {
		Comparison comparison = compare(role("b", "Role B").build(), role("a", "Role A").build());
		assertThat(comparison.slugs()).containsExactly("b", "a");
		assertThat(comparison.titles()).containsExactly("Role B", "Role A");
		assertThat(comparison.rows()).allSatisfy((row) -> assertThat(row.cells()).hasSize(row.spanning() ? 1 : 2));
	}

	@Test
	void skillsAreSplitIntoThoseSharedByAllAndThoseOnlyInEachRole() {
		Comparison comparison = compare(role("a", "A").skills("listening", "writing", "driving").build(),
				role("b", "B").skills("writing", "listening", "law").build(),
				role("c", "C").skills("listening", "writing").build());

		ComparisonRow shared = row(comparison, "skillsShared");
		assertThat(shared.spanning()).isTrue();
		assertThat(shared.differs()).isFalse();
		assertThat(texts(shared.cells().get(0))).containsExactly("Skill listening", "Skill writing");

		ComparisonRow own = row(comparison, "skillsOwn");
		assertThat(own.differs()).isTrue();
		assertThat(own.cells()).extracting(RoleComparerTest::texts)
			.containsExactly(List.of("Skill driving"), List.of("Skill law"), List.of("None beyond the shared skills"));
	}

	@Test
	void rolesWithNoSkillInCommonSayThatTheyShareNone() {
		Comparison comparison = compare(role("a", "A").skills("x").build(), role("b", "B").skills("y").build());
		assertThat(texts(row(comparison, "skillsShared").cells().get(0)))
			.containsExactly("No skill is shared by all these roles");
	}

	@Test
	void dutiesWrittenAlikeButForCaseSpacingAndAFullStopCountAsShared() {
		Comparison comparison = compare(role("a", "A").duties("Write reports for court.", "Run  group work").build(),
				role("b", "B").duties("write reports for COURT", "Supervise high-risk cases").build());

		assertThat(texts(row(comparison, "dutiesShared").cells().get(0))).containsExactly("Write reports for court.");
		assertThat(row(comparison, "dutiesOwn").cells()).extracting(RoleComparerTest::texts)
			.containsExactly(List.of("Run  group work"), List.of("Supervise high-risk cases"));
	}

	@Test
	void aRowIsMarkedAsDifferingOnlyWhenTheRolesValuesDiffer() {
		Comparison comparison = compare(role("a", "A").pay("Band 3", 26475, 31000).hours(37, 37).build(),
				role("b", "B").pay("Band 4", 35500, 42000).hours(37, 37).build());

		assertThat(row(comparison, "keyPay").differs()).isTrue();
		assertThat(row(comparison, "payBand").differs()).isTrue();
		assertThat(row(comparison, "keyHours").differs()).isFalse();
		assertThat(texts(row(comparison, "keyPay").cells().get(0))).containsExactly("£26,475 to £31,000 a year");
		assertThat(texts(row(comparison, "keyHours").cells().get(1))).containsExactly("37 hours a week");
	}

	@Test
	void requirementsWrittenAlikeInAnotherOrderAreSharedAndLeaveNothingOfTheirOwn() {
		Comparison comparison = compare(role("a", "A").requirements("Vetting", "Driving licence").build(),
				role("b", "B").requirements("Driving licence.", "vetting").build());
		assertThat(texts(row(comparison, "requirementsShared").cells().get(0))).containsExactly("Vetting",
				"Driving licence");
		assertThat(row(comparison, "requirementsOwn").differs()).isFalse();
	}

	@Test
	void theSameItemsInAnotherOrderAreNotADifference() {
		Comparison comparison = compare(role("a", "A").route("One", 12, 12, null).route("Two", 6, 6, null).build(),
				role("b", "B").route("Two", 6, 6, null).route("One", 12, 12, null).build());
		assertThat(row(comparison, "routes").differs()).isFalse();
	}

	@Test
	void missingValuesAreSaidInWordsAndMissingAlikeIsNotADifference() {
		Comparison comparison = compare(role("a", "A").hours(null, null).build(),
				role("b", "B").hours(null, null).build());
		ComparisonRow pay = row(comparison, "keyPay");
		assertThat(texts(pay.cells().get(0))).containsExactly("We do not hold a pay figure for this role.");
		assertThat(pay.differs()).isFalse();
		assertThat(texts(row(comparison, "keyHours").cells().get(1)))
			.containsExactly("We do not hold a weekly figure: see the working pattern and where to check");
		assertThat(texts(row(comparison, "keyWayIn").cells().get(0)))
			.containsExactly("We do not list a way in for this job yet: the section on getting in says what we know.");
	}

	@Test
	void thePayStatusRowNamesItsSourceWithTheDateItWasChecked() {
		Comparison comparison = compare(role("a", "A").pay("Band 3", 1, 2).build(), role("b", "B").build());
		List<Item> items = row(comparison, "payStatus").cells().get(0).items();
		Item source = items.get(items.size() - 1);
		assertThat(source.href()).isEqualTo("https://example.org/pay-scales");
		assertThat(source.plain()).contains("Pay scales 2025/26", "HMPPS", "1 November 2026");
	}

	@Test
	void waysInShowTheirTimeToQualifyAndTheQualificationGained() {
		Comparison comparison = compare(
				role("a", "A").route("Direct entry", 12, 12, "Level 3 Diploma in Probation Practice").build(),
				role("b", "B").route("PQiP", 15, 27, "Professional Qualification in Probation")
					.route("Degree", null, 36, null)
					.build());
		assertThat(texts(row(comparison, "routes").cells().get(0)))
			.containsExactly("Direct entry: 12 months to qualify");
		assertThat(texts(row(comparison, "routes").cells().get(1))).containsExactly("PQiP: 15 to 27 months to qualify",
				"Degree: up to 36 months to qualify");
		assertThat(texts(row(comparison, "qualification").cells().get(1)))
			.containsExactly("Professional Qualification in Probation (Level 3)");
	}

	@Test
	void whereEachRoleLeadsLinksToTheNextRoleWithItsTypicalTime() {
		Comparison comparison = compare(role("a", "A").leadsTo("b", "B", "2 years").build(), role("b", "B").build());
		Item next = row(comparison, "leadsTo").cells().get(0).items().get(0);
		assertThat(next.href()).isEqualTo("/roles/b");
		assertThat(next.plain()).isEqualTo("B \u2013 Typical time: 2 years");
		assertThat(texts(row(comparison, "leadsTo").cells().get(1))).containsExactly("No next step described yet");
	}

	@Test
	void differencesOnlyLeavesOutEveryRowWhereAllTheRolesAgree() {
		Comparison comparison = compare(role("a", "A").pay("Band 3", 1, 2).skills("x", "y").build(),
				role("b", "B").pay("Band 4", 3, 4).skills("x").build());

		List<ComparisonRow> differences = comparison.rows(true);

		assertThat(differences).isNotEmpty().allMatch(ComparisonRow::differs);
		assertThat(differences).extracting(ComparisonRow::key)
			.contains("summary", "keyPay", "payBand", "skillsOwn")
			.doesNotContain("keyHours", "skillsShared", "keyNations");
		assertThat(comparison.differingRowCount()).isEqualTo(differences.size());
		assertThat(comparison.rows(false)).hasSizeGreaterThan(differences.size());
	}

	@Test
	void theFirstRowsAreTheKeyFactsAtTheTopOfEveryProfileInTheirOrder() {
		Comparison comparison = compare(role("a", "A").pay("Band 3", 26475, 31000).build(), role("b", "B").build());
		assertThat(comparison.rows().subList(0, RoleComparer.KEY_FACT_ROWS.size())).extracting(ComparisonRow::key)
			.containsExactlyElementsOf(RoleComparer.KEY_FACT_ROWS)
			.containsExactly("keyPay", "keyHours", "keyWayIn", "keyQualification", "keyApply", "keyNations");
		assertThat(comparison.rows().subList(RoleComparer.KEY_FACT_ROWS.size(), comparison.rows().size()))
			.extracting(ComparisonRow::key)
			.doesNotContainAnyElementsOf(RoleComparer.KEY_FACT_ROWS);
	}

	@Test
	void theKeyFactsGivePayWithItsStatusTheQuickestWayInLinkedWithItsLengthAndWhere() {
		Comparison comparison = compare(role("a", "A").pay("Band 4", 35500, 42000)
			.route("Slow", 24, 36, "Degree")
			.route("PQiP", 15, 15, "Professional Qualification in Probation")
			.build(), role("b", "B").hours(35, 39).build());
		Item pay = row(comparison, "keyPay").cells().get(0).items().get(0);
		assertThat(pay.plain()).isEqualTo("£35,500 to £42,000 a year \u2013 Agreed for 2025/26");
		assertThat(texts(row(comparison, "keyHours").cells().get(1))).containsExactly("35 to 39 hours a week");
		Item wayIn = row(comparison, "keyWayIn").cells().get(0).items().get(0);
		assertThat(wayIn.text()).isEqualTo("PQiP");
		assertThat(wayIn.href()).startsWith("/routes/");
		assertThat(wayIn.detail()).isEqualTo("15 months");
		assertThat(texts(row(comparison, "keyQualification").cells().get(0)))
			.containsExactly("Professional Qualification in Probation");
		assertThat(row(comparison, "keyApply").cells().get(0).items().get(0).href()).endsWith("#applications");
		assertThat(texts(row(comparison, "keyNations").cells().get(1))).containsExactly("England, Wales");
	}

	private Comparison compare(RoleProfile... roles) {
		return this.comparer.compare(List.of(roles), List.of());
	}

	private static ComparisonRow row(Comparison comparison, String key) {
		return comparison.rows().stream().filter((row) -> row.key().equals(key)).findFirst().orElseThrow();
	}

	private static List<String> texts(Cell cell) {
		return cell.items().stream().map(Item::text).toList();
	}

}
