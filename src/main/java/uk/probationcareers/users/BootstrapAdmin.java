package uk.probationcareers.users;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On a first start with no users, creates one admin: from {@code ADMIN_USERNAME} and
 * {@code ADMIN_PASSWORD} when they are set, otherwise with a generated one-time password
 * that is logged once. There is no default password. Several instances starting together
 * on an empty database create one admin between them.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

	static final String DEFAULT_USERNAME = "admin";

	private static final Logger logger = LoggerFactory.getLogger(BootstrapAdmin.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int GENERATED_LENGTH = 24;

	private final AdminUsers users;

	private final PasswordRules rules;

	private final String username;

	private final String password;

	private final SecureRandom random = new SecureRandom();

	BootstrapAdmin(AdminUsers users, PasswordRules rules, @Value("${admin.bootstrap.username:}") String username,
			@Value("${admin.bootstrap.password:}") String password) {
		this.users = users;
		this.rules = rules;
		this.username = username.isBlank() ? DEFAULT_USERNAME : Usernames.normalise(username);
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		createFirstAdminIfNone();
	}

	void createFirstAdminIfNone() {
		if (this.users.count() > 0) {
			return;
		}
		try {
			createFirstAdmin();
		}
		catch (DataIntegrityViolationException ex) {
			// Instances started together on an empty database all found no users; the
			// unique
			// username let only one of them add the admin, and the others start without
			// it.
			if (!this.users.exists(this.username)) {
				throw ex;
			}
			logger.info("The first admin user '{}' was created by another instance starting at the same time",
					this.username);
		}
	}

	private void createFirstAdmin() {
		if (!Usernames.isValid(this.username)) {
			throw new IllegalStateException("ADMIN_USERNAME must be 3 to " + Usernames.MAX_LENGTH
					+ " characters: lower-case letters, digits, '.', '_', '-' or '@'");
		}
		if (!this.password.isEmpty()) {
			this.rules.problemWith(this.password).ifPresent((problem) -> {
				throw new IllegalStateException("ADMIN_PASSWORD is refused (" + problem + "): use at least "
						+ PasswordRules.MIN_LENGTH + " characters, at most " + PasswordRules.MAX_BYTES
						+ " bytes, and not a common password");
			});
			this.users.add(this.username, this.password, UserRole.ADMIN);
			logger.info("Created the first admin user '{}' from ADMIN_USERNAME and ADMIN_PASSWORD", this.username);
			return;
		}
		String generated = generatePassword();
		this.users.addWithOneTimePassword(this.username, generated, UserRole.ADMIN);
		logger.warn("No admin users existed, so one was created. Username: '{}', one-time password: '{}'. "
				+ "Sign in at /admin/sign-in within 24 hours and choose your own password: it is not shown again. "
				+ "Set ADMIN_USERNAME and ADMIN_PASSWORD to choose them instead.", this.username, generated);
	}

	private String generatePassword() {
		StringBuilder password = new StringBuilder(GENERATED_LENGTH);
		for (int i = 0; i < GENERATED_LENGTH; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
