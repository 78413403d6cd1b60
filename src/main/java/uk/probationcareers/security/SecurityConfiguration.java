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
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import uk.probationcareers.users.AccessAudit;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.PasswordChangeRequiredFilter;

/**
 * Four filter chains: the admin area, which only signed-in editors and admins reach, the
 * open data API and the rest of the public site, both read-only, and between them the two
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

	@Bean
	@Order(1)
	SecurityFilterChain adminArea(HttpSecurity http, AuthenticationManager signIn, AdminUsers users, Clock clock,
			@Value("${admin.session.absolute-timeout:12h}") Duration absoluteTimeout) throws Exception {
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
			.headers(SecurityConfiguration::strictHeaders)
			.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new LoggedAccessDenials()))
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
	SecurityFilterChain openDataApi(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**").cors(Customizer.withDefaults());
		return readOnly(http).build();
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
	SecurityFilterChain readerFeedback(HttpSecurity http) throws Exception {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.POST, FEEDBACK_USEFUL),
				paths.matcher(HttpMethod.POST, FEEDBACK_PROBLEM)))
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.headers(SecurityConfiguration::strictHeaders);
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		return readOnly(http).build();
	}

	/**
	 * GET and HEAD only. The public site never starts a session, so it sets no cookie. It
	 * takes no writes at all (denyAll answers 403), so it needs no CSRF token, whose
	 * store would start one.
	 */
	private static HttpSecurity readOnly(HttpSecurity http) throws Exception {
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
			.headers(SecurityConfiguration::strictHeaders);
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

	private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY));
	}

}
