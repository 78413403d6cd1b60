package uk.probationcareers.admin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoControlCharactersValidatorTest {

	@ParameterizedTest
	@ValueSource(strings = { "nul \u0000", "bell \u0007", "vertical tab \u000B", "form feed \u000C",
			"escape \u001B[31m", "unit separator \u001F", "delete \u007F" })
	void textWithAHiddenControlCharacterIsRefused(String text) {
		assertThat(NoControlCharactersValidator.allows(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Plain words", "Tab\tline feed\ncarriage return\r", "\u202Eright-to-left\u202C",
			"Emoji \uD83D\uDC4D", "No-break\u00A0space" })
	void ordinaryTextTabsAndLineBreaksAreAllowed(String text) {
		assertThat(NoControlCharactersValidator.allows(text)).isTrue();
	}

	@Test
	void noValueIsAllowed() {
		assertThat(NoControlCharactersValidator.allows(null)).isTrue();
	}

}
