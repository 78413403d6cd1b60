package uk.probationcareers.security;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import uk.probationcareers.passkeys.SecondFactorRules;
import uk.probationcareers.users.AccessAudit;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.PasswordChangeRequiredFilter;

/**
 * Four filter chains: the admin area, which only signed-in editors and admins reach (with
 * a password and, unless {@code admin.second-factor.required=false}, a passkey), the open
 * data API and the rest of the public site, both read-only, and between them the two
 * feedback forms every public page carries. All send the same strict headers.
 */
@Configuration
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), geolocation=(), microphone=(), payment=(), usb=()";

	static final String SIGN_IN = "/admin/sign-in";

	static final String FEEDBACK_USEFUL = "/feedback/useful";

	static final String FEEDBACK_PROBLEM = "/feedback/problem";

	static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	@Bean
	@Order(1)
	SecurityFilterChain adminArea(HttpSecurity http, AuthenticationManager signIn, AdminUsers users, Clock clock,
			@Value("${admin.session.absolute-timeout:12h}") Duration absoluteTimeout, SecondFactorRules factors,
			@Value("${site.hsts.enabled:true}") boolean hsts) throws Exception {
		http.securityMatcher("/admin", "/admin/**", "/webauthn/**", "/login/webauthn")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(SIGN_IN)
				.permitAll()
				// Passkeys are removed on the account page, which keeps the last one.
				.requestMatchers(HttpMethod.DELETE, "/webauthn/**")
				.denyAll()
				.requestMatchers(SecondFactorRules.PASSKEY_STEP)
				.access(factors.passkeyStep())
				.requestMatchers(SecondFactorRules.REGISTRATION)
				.access(factors.firstPasskeyOrEveryFactor())
				.requestMatchers("/admin/account")
				.access(factors.passwordChangeOrEveryFactor())
				.requestMatchers("/admin/users", "/admin/users/**")
				.hasRole("ADMIN")
				.anyRequest()
				.hasAnyRole("EDITOR", "ADMIN"))
			.authenticationManager(signIn)
			.formLogin((form) -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.defaultSuccessUrl("/admin", true)
				.failureHandler(SignInController::failed))
			.webAuthn((passkeys) -> passkeys.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O passkeySignIn) {
						// A new session id once the passkey is checked, as after the
						// password.
						passkeySignIn.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
						return passkeySignIn;
					}
				}))
			.logout((logout) -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl(SIGN_IN + "?signedOut"))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.csrf(Customizer.withDefaults())
			.headers((headers) -> strictHeaders(headers, hsts))
			.exceptionHandling((exceptions) -> exceptions
				.accessDeniedHandler(factors.missingFactors(SIGN_IN, new LoggedAccessDenials())))
			.addFilterBefore(new AbsoluteSessionLifetime(clock, absoluteTimeout), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(users), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * The open data API: read-only and without a session like the rest of the public
	 * site, and readable from other sites' pages, so a browser's CORS preflight is
	 * answered here (the allowed origins and methods are the API's own, in its MVC
	 * configuration).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain openDataApi(HttpSecurity http, @Value("${site.hsts.enabled:true}") boolean hsts)
			throws Exception {
		http.securityMatcher("/api/**").cors(Customizer.withDefaults());
		return readOnly(http, hsts).build();
	}

	/**
	 * The two forms at the foot of every public page ("Is this page useful?" and "Report
	 * a problem with this page"). They post from cached pages that carry no CSRF token
	 * and set no cookie, so these two addresses alone take a POST without a token: the
	 * feedback feature refuses a post from another site itself ({@code Sec-Fetch-Site},
	 * else {@code Origin}) and limits posts per client address. Still no session.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain readerFeedback(HttpSecurity http, @Value("${site.hsts.enabled:true}") boolean hsts)
			throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.POST, FEEDBACK_USEFUL),
				paths.matcher(HttpMethod.POST, FEEDBACK_PROBLEM)))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> strictHeaders(headers, hsts));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain publicSite(HttpSecurity http, @Value("${site.hsts.enabled:true}") boolean hsts)
			throws Exception {
		return readOnly(http, hsts).build();
	}

	/**
	 * GET and HEAD only. The public site never starts a session, so it sets no cookie. It
	 * takes no writes at all (denyAll answers 403), so it needs no CSRF token, whose
	 * store would start one.
	 */
	private static HttpSecurity readOnly(HttpSecurity http, boolean hsts) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/**")
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, "/**")
				.permitAll()
				.anyRequest()
				.denyAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> strictHeaders(headers, hsts));
	}

	/**
	 * Admin users' passwords are checked against the database, behind the sign-in
	 * throttle.
	 */
	@Bean
	AuthenticationManager signIn(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			AccessAudit audit) {
		DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
		passwordCheck.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, audit));
	}

	/**
	 * bcrypt today, through the delegating encoder, so stored hashes name their algorithm
	 * and a stronger one can follow.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The same strict headers on every response. Strict-Transport-Security goes only on
	 * responses to HTTPS requests (directly or through a proxy that says so), telling the
	 * browser to use HTTPS alone for a year; {@code site.hsts.enabled=false} leaves it
	 * out.
	 */
	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers, boolean hsts) {
		if (hsts) {
			headers.httpStrictTransportSecurity(
					(transport) -> transport.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds()).includeSubDomains(false));
		}
		else {
			headers.httpStrictTransportSecurity((transport) -> transport.disable());
		}
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

}
