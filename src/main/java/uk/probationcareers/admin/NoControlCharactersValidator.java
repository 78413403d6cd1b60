package uk.probationcareers.admin;

import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link NoControlCharacters}; {@code null} is valid.
 */
public class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {

	/** Control characters other than tab, line feed and carriage return. */
	private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		return allows(value);
	}

	/**
	 * The rule itself, for text checked outside Bean Validation.
	 */
	public static boolean allows(CharSequence value) {
		return value == null || !CONTROL_CHARACTERS.matcher(value).find();
	}

}
