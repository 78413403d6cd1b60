package uk.probationcareers.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

@Import(ErrorPagesTest.FailingPage.class)
class ErrorPagesTest extends RunningSiteTest {

	@Test
	void aServerErrorShowsThePlainProblemPageWithoutExceptionDetail() {
		HttpResponse<String> response = this.pages.get("/test-only/broken");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Sorry, there is a problem with the service")
			.doesNotContain(DeliberateFailure.SECRET_DETAIL, "DeliberateFailure", "Whitelabel", "at uk.");
	}

	@Test
	void aMalformedAddressIsRefusedWithoutRevealingTheServerOrAStackTrace() {
		HttpResponse<String> response = this.pages.get("/roles/a%2Fb");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "Tomcat/", "at org.");
	}

	@TestConfiguration
	@RestController
	static class FailingPage {

		@GetMapping("/test-only/broken")
		String broken() {
			throw new DeliberateFailure();
		}

	}

	/**
	 * The failure this test provokes. The server still logs it, as it logs every 500, but
	 * it says what it is and carries no stack trace, so the build output shows no
	 * alarming trace for a failure made on purpose.
	 */
	static class DeliberateFailure extends RuntimeException {

		static final String SECRET_DETAIL = "internal detail that must not reach the page";

		DeliberateFailure() {
			super("Deliberate failure from ErrorPagesTest (" + SECRET_DETAIL + ")", null, false, false);
		}

	}

}
