package uk.probationcareers.passkeys;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;

/**
 * The admin area over real HTTP with the second factor required, as in production. A
 * passkey's signature cannot be made without an authenticator (the browser suite has a
 * virtual one), so these tests store passkeys directly and pass the second step with a
 * recovery code.
 */
@TestPropertySource(properties = SecondFactor.REQUIRED + "=true")
abstract class SecondFactorSiteTest extends AdminSiteTest {

	@Autowired
	PublicKeyCredentialUserEntityRepository passkeyUsers;

	@Autowired
	UserCredentialRepository credentials;

	@Autowired
	SecondFactor secondFactor;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Stores a passkey for the user, as registering one would.
	 */
	String addPasskey(String username, String name) {
		PublicKeyCredentialUserEntity user = this.passkeyUsers.findByUsername(username);
		if (user == null) {
			user = ImmutablePublicKeyCredentialUserEntity.builder()
				.name(username)
				.id(Bytes.random())
				.displayName(username)
				.build();
			this.passkeyUsers.save(user);
		}
		Bytes id = Bytes.random();
		this.credentials.save(ImmutableCredentialRecord.builder()
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(id)
			.userEntityUserId(user.getId())
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 }))
			.signatureCount(0)
			.uvInitialized(true)
			.transports(Set.of())
			.backupEligible(false)
			.backupState(false)
			.created(Instant.now())
			.lastUsed(Instant.now())
			.label(name)
			.build());
		return id.toBase64UrlString();
	}

	/**
	 * A browser signed in with the password alone, the second step still to come.
	 */
	HttpPages withPasswordOnly(String username) {
		HttpPages browser = HttpPages.withCookies(this.port).from(newAddress());
		browser.signIn(username, PASSWORD);
		return browser;
	}

	/**
	 * The user, given a passkey, signed in with their password and then, in place of the
	 * passkey, one of their recovery codes.
	 */
	HttpPages withBothFactors(String username) {
		addPasskey(username, "Laptop");
		List<String> codes = this.secondFactor.issueRecoveryCodes(username);
		HttpPages browser = withPasswordOnly(username);
		browser.submit(SecondFactorController.STEP, SecondFactorController.STEP + "/recovery-code",
				Map.of("code", codes.get(0)));
		return browser;
	}

	/**
	 * Each field changed in the user's audit entries, as "action who address field".
	 */
	List<String> audit(String label) {
		return this.jdbc.queryForList(
				"SELECT e.action || ' ' || e.username || ' ' || COALESCE(e.source_address, 'null') || ' ' || c.field "
						+ "FROM audit_entry e JOIN audit_change c ON c.entry_id = e.id WHERE e.record_label = ? "
						+ "ORDER BY e.id, c.position",
				String.class, label);
	}

	/**
	 * Where a redirect goes, without its query (the passkey step is told which factor is
	 * missing and why).
	 */
	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("\\?.*", "");
	}

}
