package uk.probationcareers.compare;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleSelectionTest {

	static final Set<String> PUBLISHED = Set.of("pso", "po", "spo", "tpo", "prison", "youth");

	@Test
	void noRolesParameterMeansTheReaderHasNotChosenYet() {
		RoleSelection selection = RoleSelection.parse(null, PUBLISHED);
		assertThat(selection.asked()).isFalse();
		assertThat(selection.isValid()).isFalse();
		assertThat(selection.errorKey()).isNull();
	}

	@Test
	void commaSeparatedAndRepeatedValuesAreReadAlikeInTheOrderGiven() {
		assertThat(RoleSelection.parse(List.of("po,pso"), PUBLISHED).slugs()).containsExactly("po", "pso");
		assertThat(RoleSelection.parse(List.of("po", "pso", ""), PUBLISHED).slugs()).containsExactly("po", "pso");
		assertThat(RoleSelection.parse(List.of("po, pso", "spo"), PUBLISHED).isValid()).isTrue();
	}

	@Test
	void aRoleAskedForTwiceCountsOnce() {
		RoleSelection selection = RoleSelection.parse(List.of("po,pso,po", "PSO"), PUBLISHED);
		assertThat(selection.slugs()).containsExactly("po", "pso");
		assertThat(selection.isValid()).isTrue();
		assertThat(RoleSelection.parse(List.of("po,po"), PUBLISHED).errorKey()).isEqualTo("compare.error.tooFew");
	}

	@Test
	void anEmptyChoiceAsksTheReaderToSelectRoles() {
		assertThat(RoleSelection.parse(List.of(""), PUBLISHED).errorKey()).isEqualTo("compare.error.none");
		assertThat(RoleSelection.parse(List.of(" , ,"), PUBLISHED).errorKey()).isEqualTo("compare.error.none");
	}

	@Test
	void oneRoleIsTooFewAndFiveAreTooMany() {
		assertThat(RoleSelection.parse(List.of("po"), PUBLISHED).errorKey()).isEqualTo("compare.error.tooFew");
		RoleSelection five = RoleSelection.parse(List.of("po,pso,spo,tpo,prison"), PUBLISHED);
		assertThat(five.errorKey()).isEqualTo("compare.error.tooMany");
		assertThat(five.slugs()).hasSize(5);
		assertThat(RoleSelection.parse(List.of("po,pso,spo,tpo"), PUBLISHED).isValid()).isTrue();
	}

	@Test
	void anUnknownRoleIsRefusedButTheKnownOnesAreKept() {
		RoleSelection selection = RoleSelection.parse(List.of("po,astronaut,<script>alert(1)</script>"), PUBLISHED);
		assertThat(selection.errorKey()).isEqualTo("compare.error.unknown");
		assertThat(selection.slugs()).containsExactly("po");
	}

	@Test
	void aVeryLongValueIsRefusedAsUnknown() {
		RoleSelection selection = RoleSelection.parse(List.of("po,pso," + "x".repeat(5000)), PUBLISHED);
		assertThat(selection.errorKey()).isEqualTo("compare.error.unknown");
		assertThat(selection.slugs()).containsExactly("po", "pso");
	}

}
