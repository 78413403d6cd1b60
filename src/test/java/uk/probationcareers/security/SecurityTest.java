package uk.probationcareers.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityTest extends RunningSiteTest {

	@Test
	void publicPagesCarryAStrictContentSecurityPolicyAndNoFraming() {
		HttpResponse<String> response = this.pages.get("/roles/probation-officer");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void aWriteToThePublicSiteIsRefused() {
		assertThat(this.pages.post("/roles/probation-officer", "title=Changed").statusCode()).isEqualTo(403);
	}

	@Test
	void healthIsUpAndOnlyHealthAndInfoAreExposed() {
		HttpResponse<String> health = this.pages.get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
		assertThat(this.pages.get("/actuator/info").statusCode()).isEqualTo(200);
		assertThat(this.pages.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(this.pages.get("/actuator/beans").statusCode()).isEqualTo(404);
	}

}
