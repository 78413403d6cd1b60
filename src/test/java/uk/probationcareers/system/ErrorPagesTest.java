package uk.probationcareers.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
@Import(ErrorPagesTest.FailingPage.class)
class ErrorPagesTest {

	@LocalServerPort
	int port;

	@Test
	void aServerErrorShowsThePlainProblemPageWithoutExceptionDetail() {
		HttpResponse<String> response = new HttpPages(this.port).get("/test-only/broken");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Sorry, there is a problem with the service")
			.doesNotContain("database password is hunter2", "IllegalStateException", "Whitelabel", "at uk.");
	}

	@Test
	void aMalformedAddressIsRefusedWithoutRevealingTheServerOrAStackTrace() {
		HttpResponse<String> response = new HttpPages(this.port).get("/roles/a%2Fb");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "Tomcat/", "at org.");
	}

	@TestConfiguration
	@RestController
	static class FailingPage {

		@GetMapping("/test-only/broken")
		String broken() {
			throw new IllegalStateException("database password is hunter2");
		}

	}

}
