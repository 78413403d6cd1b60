package uk.probationcareers.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.AdminSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

class StrictTransportSecurityTest extends AdminSiteTest {

	static final Map<String, String> BEHIND_HTTPS = Map.of("X-Forwarded-Proto", "https");

	@Test
	void everyResponseToAnHttpsRequestTellsTheBrowserToUseHttpsForAYear() {
		for (String page : List.of("/", "/roles/probation-officer", "/api/v1/roles", "/admin/sign-in", "/admin")) {
			HttpResponse<String> response = this.pages.get(page, BEHIND_HTTPS);
			assertThat(response.headers().firstValue("Strict-Transport-Security")).as(page)
				.hasValue("max-age=31536000");
		}
	}

	@Test
	void aPlainHttpResponseCarriesNoStrictTransportSecurity() {
		for (String page : List.of("/", "/admin/sign-in")) {
			assertThat(this.pages.get(page).headers().firstValue("Strict-Transport-Security")).as(page).isEmpty();
		}
	}

}
