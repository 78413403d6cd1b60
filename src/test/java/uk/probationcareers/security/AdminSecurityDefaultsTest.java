package uk.probationcareers.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

class AdminSecurityDefaultsTest extends AdminSiteTest {

	@Test
	void everyPagePublicAndAdminCarriesTheStrictHeaders() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		List<HttpResponse<String>> responses = List.of(this.pages.get("/"), this.pages.get("/roles/probation-officer"),
				this.pages.get("/admin/sign-in"), this.pages.get("/admin"), this.pages.get("/no-such-page"),
				admin.get("/admin"), admin.get("/admin/account"), admin.get("/admin/users"));
		for (HttpResponse<String> response : responses) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).as(response.uri().toString())
				.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Permissions-Policy"))
				.hasValueSatisfying((policy) -> assertThat(policy).contains("camera=()"));
		}
	}

	@Test
	void adminPagesIncludingSignInAreNeverStoredWhilePublicPagesMayBe() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		for (HttpResponse<String> response : List.of(this.pages.get("/admin/sign-in"), this.pages.get("/admin"),
				admin.get("/admin"), admin.get("/admin/account"), admin.get("/admin/users"))) {
			assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString())
				.hasValueSatisfying((cache) -> assertThat(cache).contains("no-store").doesNotContain("public"));
		}
		assertThat(this.pages.get("/roles/probation-officer").headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("public"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLaxAndSecureBehindHttps() {
		String cookie = this.pages.get("/admin/sign-in").headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
		String behindHttps = this.pages.get("/admin/sign-in", Map.of("X-Forwarded-Proto", "https"))
			.headers()
			.firstValue("Set-Cookie")
			.orElseThrow();
		assertThat(behindHttps).contains("Secure", "HttpOnly", "SameSite=Lax");
	}

	@Test
	void publicPagesSetNoCookieEvenWhenAWriteIsRefused() {
		assertThat(this.pages.get("/").headers().allValues("Set-Cookie")).isEmpty();
		assertThat(this.pages.get("/pay").headers().allValues("Set-Cookie")).isEmpty();
		HttpResponse<String> refused = this.pages.post("/compare", "roles=x");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aStateChangingRequestWithoutOrWithAWrongCsrfTokenIsForbidden() {
		HttpPages browser = HttpPages.withCookies(this.port);
		browser.get("/admin/sign-in");
		String signIn = HttpPages.encode(Map.of("username", "anyone", "password", PASSWORD));
		assertThat(browser.post("/admin/sign-in", signIn).statusCode()).isEqualTo(403);
		assertThat(browser.post("/admin/sign-in", signIn + "&_csrf=forged").statusCode()).isEqualTo(403);

		HttpPages admin = signedIn(UserRole.ADMIN);
		String form = HttpPages.encode(Map.of("currentPassword", PASSWORD, "newPassword", "Quiet-Harbour-Probation-31",
				"confirmPassword", "Quiet-Harbour-Probation-31"));
		assertThat(admin.post("/admin/account", form).statusCode()).isEqualTo(403);
		assertThat(admin.post("/admin/account", form + "&_csrf=forged").statusCode()).isEqualTo(403);
		assertThat(admin.post("/admin/sign-out", "").statusCode()).isEqualTo(403);
		assertThat(admin.get("/admin").statusCode()).as("still signed in").isEqualTo(200);
	}

	@Test
	void theH2ConsoleAndActuatorBeyondHealthAndInfoAreClosed() {
		assertThat(this.pages.get("/h2-console").statusCode()).isEqualTo(404);
		for (String endpoint : List.of("env", "beans", "configprops", "heapdump", "loggers", "mappings", "sessions")) {
			assertThat(this.pages.get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
		}
	}

	@Test
	void aBrokenRequestShowsNoStackTrace() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		HttpResponse<String> response = admin.get("/admin/users/not-a-number/disable");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Exception", "at uk.", "at org.");
	}

}
