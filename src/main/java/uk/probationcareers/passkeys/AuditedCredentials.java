package uk.probationcareers.passkeys;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;

/**
 * The stored passkeys, with each one added or removed recorded in the audit trail. Saving
 * a passkey already stored (its signature count and last use, after each sign-in) is not
 * a change of access and is not recorded.
 */
class AuditedCredentials implements UserCredentialRepository {

	private final UserCredentialRepository stored;

	private final PublicKeyCredentialUserEntityRepository users;

	private final PasskeyAudit audit;

	AuditedCredentials(UserCredentialRepository stored, PublicKeyCredentialUserEntityRepository users,
			PasskeyAudit audit) {
		this.stored = stored;
		this.users = users;
		this.audit = audit;
	}

	@Override
	public void delete(Bytes credentialId) {
		CredentialRecord record = this.stored.findByCredentialId(credentialId);
		this.stored.delete(credentialId);
		if (record != null) {
			this.audit.passkeyRemoved(owner(record), record.getLabel());
		}
	}

	@Override
	public void save(CredentialRecord record) {
		boolean added = this.stored.findByCredentialId(record.getCredentialId()) == null;
		this.stored.save(record);
		if (added) {
			this.audit.passkeyAdded(owner(record), record.getLabel());
		}
	}

	@Override
	public @Nullable CredentialRecord findByCredentialId(Bytes credentialId) {
		return this.stored.findByCredentialId(credentialId);
	}

	@Override
	public List<CredentialRecord> findByUserId(Bytes userId) {
		return this.stored.findByUserId(userId);
	}

	private String owner(CredentialRecord record) {
		PublicKeyCredentialUserEntity user = this.users.findById(record.getUserEntityUserId());
		return (user != null) ? user.getName() : "-";
	}

}
