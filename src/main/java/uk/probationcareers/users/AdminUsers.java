package uk.probationcareers.users;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding users, changing passwords, disabling and re-enabling. Callers check the password
 * rules first; this refuses to store a password that breaks them all the same.
 */
@Service
public class AdminUsers {

	private final AdminUserRepository users;

	private final PasswordEncoder encoder;

	private final PasswordRules rules;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final Clock clock;

	private final Duration oneTimePasswordExpiry;

	private final AccessAudit audit;

	AdminUsers(AdminUserRepository users, PasswordEncoder encoder, PasswordRules rules,
			FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock,
			@Value("${admin.one-time-password.expiry:24h}") Duration oneTimePasswordExpiry, AccessAudit audit) {
		this.audit = audit;
		this.oneTimePasswordExpiry = oneTimePasswordExpiry;
		this.users = users;
		this.encoder = encoder;
		this.rules = rules;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserSummary> list() {
		return this.users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> find(long id) {
		return this.users.findById(id).map(UserSummary::of);
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> findByUsername(String username) {
		return this.users.findByUsername(Usernames.normalise(username)).map(UserSummary::of);
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.users.existsByUsername(Usernames.normalise(username));
	}

	/**
	 * Adds a user with a password they chose themselves.
	 */
	@Transactional
	public UserSummary add(String username, String password, UserRole role) {
		AdminUser user = this.users.save(newUser(username, password, role));
		this.audit.added(user, false);
		return UserSummary.of(user);
	}

	/**
	 * Adds a user with a password someone else chose: they must change it at their first
	 * sign-in, within {@code admin.one-time-password.expiry}.
	 */
	@Transactional
	public UserSummary addWithOneTimePassword(String username, String password, UserRole role) {
		AdminUser user = newUser(username, password, role);
		user.setOneTimePassword(user.getPasswordHash(), this.clock.instant().plus(this.oneTimePasswordExpiry));
		this.users.save(user);
		this.audit.added(user, true);
		return UserSummary.of(user);
	}

	private AdminUser newUser(String username, String password, UserRole role) {
		String name = Usernames.normalise(username);
		if (!Usernames.isValid(name)) {
			throw new IllegalArgumentException("Not a valid username");
		}
		return new AdminUser(name, hash(password), role, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public boolean mustChangePassword(String username) {
		return this.users.findByUsername(Usernames.normalise(username))
			.map(AdminUser::isMustChangePassword)
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public boolean passwordMatches(String username, String password) {
		return this.users.findByUsername(Usernames.normalise(username))
			.map((user) -> password != null && this.encoder.matches(password, user.getPasswordHash()))
			.orElse(false);
	}

	/**
	 * Sets the user's own new password and ends every other session they have, so a
	 * session someone else may hold does not outlive the old password.
	 */
	@Transactional
	public void changePassword(String username, String newPassword, String keptSessionId) {
		AdminUser user = this.users.findByUsername(Usernames.normalise(username)).orElseThrow();
		user.setOwnPassword(hash(newPassword));
		List<String> others = this.sessions.findByPrincipalName(user.getUsername())
			.keySet()
			.stream()
			.filter((id) -> !id.equals(keptSessionId))
			.toList();
		others.forEach(this.sessions::deleteById);
		this.audit.passwordChanged(user, others.size());
	}

	/**
	 * Disables or re-enables a user; disabling also ends every session they have.
	 */
	@Transactional
	public Optional<UserSummary> setEnabled(long id, boolean enabled) {
		return this.users.findById(id).map((user) -> {
			if (user.isEnabled() != enabled) {
				this.audit.enabled(user, enabled);
			}
			user.setEnabled(enabled);
			if (!enabled) {
				this.sessions.findByPrincipalName(user.getUsername()).keySet().forEach(this.sessions::deleteById);
			}
			return UserSummary.of(user);
		});
	}

	/**
	 * Ends every session the user has, wherever they signed in.
	 * @return how many sessions ended
	 */
	@Transactional
	public int endSessions(String username) {
		List<String> ids = List.copyOf(this.sessions.findByPrincipalName(Usernames.normalise(username)).keySet());
		ids.forEach(this.sessions::deleteById);
		return ids.size();
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.users.count();
	}

	private String hash(String password) {
		this.rules.problemWith(password).ifPresent((problem) -> {
			throw new IllegalArgumentException("Password refused: " + problem);
		});
		return this.encoder.encode(password);
	}

}
