package uk.probationcareers.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains: the admin area, which only signed-in editors and admins reach, and
 * the public site, which is read-only. Both send the same strict headers.
 */
@Configuration
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), geolocation=(), microphone=(), payment=(), usb=()";

	static final String SIGN_IN = "/admin/sign-in";

	@Bean
	@Order(1)
	SecurityFilterChain adminArea(HttpSecurity http) throws Exception {
		http.securityMatcher("/admin", "/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(SIGN_IN)
				.permitAll()
				.requestMatchers("/admin/users", "/admin/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("EDITOR", "ADMIN"))
			.formLogin((form) -> form.loginPage(SIGN_IN).loginProcessingUrl(SIGN_IN).defaultSuccessUrl("/admin", true))
			.logout((logout) -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
			.csrf(Customizer.withDefaults())
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/**")
			.permitAll()
			.requestMatchers(HttpMethod.HEAD, "/**")
			.permitAll()
			.anyRequest()
			.denyAll()).headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

}
