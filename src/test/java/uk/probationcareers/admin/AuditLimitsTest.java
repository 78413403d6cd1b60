package uk.probationcareers.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLimitsTest {

	@Test
	void aValueThatFitsIsKeptAsItIs() {
		assertThat(AuditLimits.fit("x".repeat(200), 200)).isEqualTo("x".repeat(200));
		assertThat(AuditLimits.fit(null, 200)).isNull();
	}

	@Test
	void aLongerValueIsCutToTheColumnWithAnEllipsis() {
		assertThat(AuditLimits.fit("x".repeat(230), 200)).hasSize(200).endsWith("x…");
	}

	@Test
	void anEmojiIsNeverCutInHalf() {
		String cut = AuditLimits.fit("x".repeat(198) + "😀😀", 200);
		assertThat(cut).isEqualTo("x".repeat(198) + "…");
	}

}
