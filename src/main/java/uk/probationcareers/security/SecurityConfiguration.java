package uk.probationcareers.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
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
	SecurityFilterChain adminArea(HttpSecurity http, AuthenticationManager signIn) throws Exception {
		http.securityMatcher("/admin", "/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(SIGN_IN)
				.permitAll()
				.requestMatchers("/admin/users", "/admin/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("EDITOR", "ADMIN"))
			.authenticationManager(signIn)
			.formLogin((form) -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.defaultSuccessUrl("/admin", true)
				.failureHandler(SignInController::failed))
			.logout((logout) -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
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
			.denyAll())
			// The public site never starts a session, so it sets no cookie. It takes
			// no writes at all (denyAll above answers 403), so it needs no CSRF token,
			// whose store would start a session.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	/**
	 * Admin users' passwords are checked against the database, behind the sign-in
	 * throttle.
	 */
	@Bean
	AuthenticationManager signIn(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle));
	}

	/**
	 * bcrypt today, through the delegating encoder, so stored hashes name their algorithm
	 * and a stronger one can follow.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

}
