package uk.probationcareers.passkeys;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFilter;
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

	/**
	 * What {@code @EnableMultiFactorAuthentication(authorities = {PASSWORD, WEBAUTHN})}
	 * sets up, decided from {@code admin.second-factor.required} when the site starts. A
	 * bean condition would be settled at build time when the site runs ahead-of-time
	 * processed, and the setting then ignored.
	 */
	@Bean
	DefaultAuthorizationManagerFactory<Object> authorizationManagerFactory(
			@Value("${" + SecondFactor.REQUIRED + ":true}") boolean required) {
		if (!required) {
			return new DefaultAuthorizationManagerFactory<>();
		}
		return AuthorizationManagerFactories.multiFactor()
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, FactorGrantedAuthority.WEBAUTHN_AUTHORITY)
			.build();
	}

	/**
	 * With both factors required, a passkey sign-in adds its factor to the password's
	 * instead of replacing the authentication.
	 */
	@Bean
	static BeanPostProcessor secondFactorFilters(Environment environment) {
		boolean required = environment.getProperty(SecondFactor.REQUIRED, Boolean.class, true);
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (required && bean instanceof AbstractAuthenticationProcessingFilter filter) {
					filter.setMfaEnabled(true);
				}
				if (required && bean instanceof AuthenticationFilter filter) {
					filter.setMfaEnabled(true);
				}
				return bean;
			}

		};
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnWhenOff(ApplicationReadyEvent ready) {
		if (!ready.getApplicationContext().getBean(SecondFactor.class).required()) {
			logger.warn("{}=false: the admin area signs in with a password alone, without a passkey. "
					+ "Never run a public site like this.", SecondFactor.REQUIRED);
		}
	}

}
