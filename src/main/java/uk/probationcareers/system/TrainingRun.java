package uk.probationcareers.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A training start for the JVM's AOT cache ({@code -XX:AOTCacheOutput}): with
 * {@code site.training-run=true} the site, once ready, requests its main pages from
 * itself a few times and then stops, so the cache holds what serving a page needs, not
 * only what starting needs. A start from that cache answers its first request sooner.
 */
@Component
class TrainingRun {

	private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

	static final List<String> PAGES = List.of("/", "/roles", "/roles/probation-officer",
			"/compare?roles=probation-service-officer,probation-officer", "/pay", "/career-paths", "/routes",
			"/routes/pqip-non-graduate", "/route-finder", "/search?q=probation+officer", "/api/v1/roles",
			"/admin/sign-in", "/actuator/health/readiness");

	private static final int ROUNDS = 3;

	private final boolean enabled;

	private final IntConsumer exit;

	@Autowired
	TrainingRun(@Value("${site.training-run:false}") boolean enabled) {
		this(enabled, System::exit);
	}

	TrainingRun(boolean enabled, IntConsumer exit) {
		this.enabled = enabled;
		this.exit = exit;
	}

	@EventListener(ApplicationReadyEvent.class)
	void visitPagesAndStop(ApplicationReadyEvent ready) throws InterruptedException {
		if (!this.enabled) {
			return;
		}
		int failures = visitPages(
				((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort());
		log.info("Training run: {} pages requested {} times, {} failed; stopping", PAGES.size(), ROUNDS, failures);
		this.exit.accept(SpringApplication.exit(ready.getApplicationContext(), () -> 0));
	}

	/**
	 * Requests every page {@link #ROUNDS} times from the site on this port.
	 * @return how many requests failed or answered with an error
	 */
	int visitPages(int port) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		int failures = 0;
		for (int round = 0; round < ROUNDS; round++) {
			for (String page : PAGES) {
				if (!answers(client, URI.create("http://127.0.0.1:" + port + page))) {
					failures++;
				}
			}
		}
		return failures;
	}

	private static boolean answers(HttpClient client, URI page) throws InterruptedException {
		try {
			HttpResponse<Void> response = client.send(HttpRequest.newBuilder(page).build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() >= 400) {
				log.warn("Training run: {} answered {}", page, response.statusCode());
				return false;
			}
			return true;
		}
		catch (IOException ex) {
			log.warn("Training run: {} failed", page, ex);
			return false;
		}
	}

}
