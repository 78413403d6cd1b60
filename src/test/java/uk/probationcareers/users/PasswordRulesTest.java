package uk.probationcareers.users;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

	static final PasswordRules rules = new PasswordRules();

	@Test
	void aPasswordOfElevenCharactersIsTooShortAndTwelveIsEnough() {
		assertThat(rules.problemWith("Kx7-vq2-Lm9")).hasValue("password.tooShort");
		assertThat(rules.problemWith("Kx7-vq2-Lm9w")).isEmpty();
	}

	@Test
	void seventyTwoBytesAreAcceptedAndSeventyThreeRefusedEvenWhenFewerCharacters() {
		assertThat(rules.problemWith("k".repeat(72))).isEmpty();
		assertThat(rules.problemWith("k".repeat(73))).hasValue("password.tooLong");
		// 19 emoji of 4 bytes each: 38 UTF-16 chars, 76 bytes.
		assertThat(rules.problemWith("\uD83D\uDD11".repeat(19))).hasValue("password.tooLong");
		assertThat(rules.problemWith("\uD83D\uDD11".repeat(18))).isEmpty();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(rules.problemWith("passwordpassword")).hasValue("password.common");
		assertThat(rules.problemWith("PasswordPassword")).hasValue("password.common");
		assertThat(rules.problemWith("123456789012")).hasValue("password.common");
		assertThat(rules.problemWith("qwertyuiop123")).hasValue("password.common");
	}

	@Test
	void theCommonPasswordListHoldsTensOfThousandsOfPasswords() throws Exception {
		try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
				new org.springframework.core.io.ClassPathResource(PasswordRules.COMMON_PASSWORDS).getInputStream()))) {
			assertThat(lines.lines().count()).isGreaterThan(50_000);
		}
	}

	@Test
	void anEmptyPasswordIsAskedFor() {
		assertThat(rules.problemWith("")).hasValue("password.required");
		assertThat(rules.problemWith(null)).hasValue("password.required");
	}

	@Test
	void rightToLeftTextAndEmojiAreFinePasswords() {
		assertThat(rules.problemWith("كلمة-سر-طويلة-جدا")).isEmpty();
		assertThat(rules.problemWith("tea-\uD83E\uDED6-and-biscuits")).isEmpty();
	}

}
