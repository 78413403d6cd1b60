package uk.probationcareers.passkeys;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import uk.probationcareers.system.SiteAddress;

/**
 * Passkeys in the database, through Spring Security's JDBC repositories, for the relying
 * party {@code site.base-url} names. With {@code admin.second-factor.required} (the
 * default) every admin rule also needs both factors, a password and a passkey.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(PasskeyConfiguration.class);

	static final String RP_NAME = "Probation Careers Guide admin";

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
			PasskeyAudit audit) {
		return new AuditedCredentials(new JdbcUserCredentialRepository(jdbc), users, audit);
	}

	/**
	 * The relying party is the host of {@code site.base-url}, and only that address's
	 * origin may register or use a passkey.
	 */
	@Bean
	WebAuthnRelyingPartyOperations relyingParty(PublicKeyCredentialUserEntityRepository users,
			UserCredentialRepository credentials, SiteAddress site) {
		return new Webauthn4JRelyingPartyOperations(users, credentials,
				PublicKeyCredentialRpEntity.builder().id(site.host()).name(RP_NAME).build(), Set.of(site.origin()));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = SecondFactor.REQUIRED, havingValue = "true", matchIfMissing = true)
	@EnableMultiFactorAuthentication(
			authorities = { FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY })
	static class BothFactorsRequired {

	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenOff(ApplicationReadyEvent ready) {
		if (!ready.getApplicationContext().getBean(SecondFactor.class).required()) {
			logger.warn("{}=false: the admin area signs in with a password alone, without a passkey. "
					+ "Never run a public site like this.", SecondFactor.REQUIRED);
		}
	}

}
