package uk.probationcareers.users;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.probationcareers.model.VersionedEntity;

/**
 * Someone who may sign in to the admin area. The password is only ever held hashed.
 */
@Entity
@Table(name = "admin_user")
public class AdminUser extends VersionedEntity {

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UserRole role;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "password_expires_at")
	private Instant passwordExpiresAt;

	protected AdminUser() {
	}

	AdminUser(String username, String passwordHash, UserRole role, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.createdAt = createdAt;
	}

	public String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	/**
	 * A password the user chose: kept until they change it.
	 */
	void setOwnPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
		this.passwordExpiresAt = null;
	}

	/**
	 * A password someone else chose: changed at the first sign-in, refused after it
	 * expires.
	 */
	void setOneTimePassword(String passwordHash, Instant expiresAt) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
		this.passwordExpiresAt = expiresAt;
	}

	boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	boolean isPasswordExpired(Instant now) {
		return this.passwordExpiresAt != null && !now.isBefore(this.passwordExpiresAt);
	}

	public UserRole getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
