package uk.probationcareers.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.probationcareers.ProbationCareersApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training start that fills the JVM's AOT cache: it requests the main pages without a
 * failure and then stops the site, and does nothing unless asked.
 */
class TrainingRunTest {

	private SpringApplicationBuilder builder;

	private ConfigurableApplicationContext site;

	private final List<Integer> exitCodes = new ArrayList<>();

	@BeforeEach
	void start() {
		this.builder = new SpringApplicationBuilder(ProbationCareersApplication.class).profiles("test");
		this.site = this.builder.run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
	}

	@AfterEach
	void stop() {
		this.site.close();
	}

	@Test
	void everyTrainingPageAnswersAndTheSiteThenStopsWithExitCodeZero() throws Exception {
		TrainingRun run = new TrainingRun(true, this.exitCodes::add);
		assertThat(run.visitPages(port())).as("failed requests").isZero();

		run.visitPagesAndStop(ready());
		assertThat(this.exitCodes).containsExactly(0);
		assertThat(this.site.isActive()).isFalse();
	}

	@Test
	void withoutTheSettingTheSiteKeepsRunning() throws Exception {
		new TrainingRun(false, this.exitCodes::add).visitPagesAndStop(ready());
		assertThat(this.exitCodes).isEmpty();
		assertThat(this.site.isActive()).isTrue();
	}

	private ApplicationReadyEvent ready() {
		return new ApplicationReadyEvent(new SpringApplication(ProbationCareersApplication.class), new String[0],
				this.site, Duration.ZERO);
	}

	private int port() {
		return ((WebServerApplicationContext) this.site).getWebServer().getPort();
	}

}
