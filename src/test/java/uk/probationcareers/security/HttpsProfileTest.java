package uk.probationcareers.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The https profile, as a site served over HTTPS runs, here with
 * Strict-Transport-Security turned off as for a local copy over plain HTTP.
 */
@ActiveProfiles("https")
@TestPropertySource(properties = "site.hsts.enabled=false")
class HttpsProfileTest extends AdminSiteTest {

	@Test
	void theSessionCookieTakesTheHostPrefixWithSecureAndPathSlashAndNoDomain() {
		String cookie = this.pages.get("/admin/sign-in", StrictTransportSecurityTest.BEHIND_HTTPS)
			.headers()
			.firstValue("Set-Cookie")
			.orElseThrow();
		assertThat(cookie).startsWith("__Host-SESSION=")
			.contains("; Path=/;", "; Secure", "; HttpOnly", "; SameSite=Lax")
			.doesNotContainIgnoringCase("Domain=");
	}

	@Test
	void strictTransportSecurityCanBeTurnedOff() {
		HttpResponse<String> response = this.pages.get("/admin/sign-in", StrictTransportSecurityTest.BEHIND_HTTPS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
