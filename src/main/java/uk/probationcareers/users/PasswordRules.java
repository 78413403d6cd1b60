package uk.probationcareers.users;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthRule;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least 12 characters, at most 72 bytes (bcrypt
 * ignores anything after that, so a longer one is refused rather than cut short), and not
 * one of the common passwords in {@code security/common-passwords.txt} (see the NOTICE
 * beside it for where that list comes from).
 */
@Component
public class PasswordRules {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_BYTES = 72;

	static final String COMMON_PASSWORDS = "security/common-passwords.txt";

	private final PasswordValidator validator;

	public PasswordRules() {
		this.validator = new DefaultPasswordValidator(new LengthRule(MIN_LENGTH, Integer.MAX_VALUE),
				new DictionaryRule(new WordListDictionary(commonPasswords())));
	}

	/**
	 * The message key of the first rule the password breaks, if any.
	 */
	public Optional<String> problemWith(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of("password.required");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.tooLong");
		}
		List<RuleResultDetail> details = this.validator.validate(new PasswordData(password)).getDetails();
		if (details.isEmpty()) {
			return Optional.empty();
		}
		String code = details.get(0).getErrorCode();
		return Optional.of(LengthRule.ERROR_CODE_MIN.equals(code) ? "password.tooShort" : "password.common");
	}

	private static ArrayWordList commonPasswords() {
		try (Reader reader = new InputStreamReader(new ClassPathResource(COMMON_PASSWORDS).getInputStream(),
				StandardCharsets.UTF_8)) {
			return WordLists.createFromReader(new Reader[] { reader }, false, new ArraysSort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, ex);
		}
	}

}
