package uk.probationcareers.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.MovableClock;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Published pages are rendered once and then served as the same bytes, with the same
 * headers, until the next catalogue change.
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class PublishedPageCacheTest extends RunningSiteTest {

	static final String PAGE = "/roles/probation-officer";

	@Autowired
	PublishedPageCache cache;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MovableClock clock;

	@Autowired
	CacheManager caches;

	@BeforeEach
	void startEmpty() {
		this.cache.clear();
	}

	@Test
	void aRolePageAfterWarmUpIssuesNoSqlAndIsTheSameBytes() {
		String first = this.pages.get(PAGE).body();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		String again = this.pages.get(PAGE).body();
		assertThat(statistics.getPrepareStatementCount()).isZero();
		assertThat(again).isEqualTo(first).contains("Probation officer");
	}

	@Test
	void theCurrentEtagGetsNotModifiedAndAChangedOneGetsThePage() {
		HttpResponse<String> first = this.pages.get(PAGE);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(this.pages.get(PAGE).headers().firstValue("ETag")).hasValue(etag);
		assertThat(this.pages.get(PAGE, Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
		assertThat(this.pages.get(PAGE, Map.of("If-None-Match", "W/\"something-else\"")).statusCode()).isEqualTo(200);
	}

	@Test
	void aCachedPageKeepsItsSecurityHeadersAndSetsNoCookie() {
		this.pages.get(PAGE);
		HttpResponse<String> cached = this.pages.get(PAGE);
		assertThat(cached.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(cached.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(cached.headers().firstValue("Cache-Control")).hasValue("max-age=60, public");
		assertThat(cached.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(cached.body()).contains("Is this page useful?", "name=\"page\" value=\"" + PAGE + "\"");
		assertThat(cached.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void aPageKeptFromAnHttpsRequestKeepsItsHstsHeaderAndIsNotSentOverHttp() {
		Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
		this.pages.get(PAGE, https);
		HttpResponse<String> cachedSecure = this.pages.get(PAGE, https);
		assertThat(cachedSecure.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(cachedSecure.headers().firstValue("Content-Security-Policy")).isPresent();
		this.pages.get(PAGE);
		HttpResponse<String> cachedPlain = this.pages.get(PAGE);
		assertThat(cachedPlain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(cachedPlain.body()).isEqualTo(cachedSecure.body());
	}

	@Test
	void browsersThatAcceptGzipGetTheSamePageGzipped() throws IOException {
		String plain = this.pages.get(PAGE).body();
		HttpResponse<byte[]> gzipped = this.pages.getBytes(PAGE, Map.of("Accept-Encoding", "gzip"));
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
		}
	}

	@Test
	void browsersThatRefuseGzipGetThePlainPage() {
		String plain = this.pages.get(PAGE).body();
		for (int visit = 0; visit < 2; visit++) {
			this.cache.clear();
			HttpResponse<String> refused = this.pages.get(PAGE, Map.of("Accept-Encoding", "gzip;q=0, identity"));
			assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
			assertThat(refused.body()).isEqualTo(plain);
			HttpResponse<String> cached = this.pages.get(PAGE, Map.of("Accept-Encoding", "gzip;q=0"));
			assertThat(cached.headers().firstValue("Content-Encoding")).isEmpty();
			assertThat(cached.body()).isEqualTo(plain);
		}
	}

	@Test
	void aForgedHostHeaderDoesNotChangeTheAddressPrintedOnACachedComparisonForLaterVisitors() throws IOException {
		String comparison = "/compare?roles=probation-service-officer,probation-officer";
		String printed = "http://localhost:8080" + comparison;
		String forged = rawGet(comparison, "attacker.example");
		assertThat(forged).startsWith("HTTP/1.1 200").contains(printed).doesNotContain("attacker.example");
		assertThat(this.cache.size()).isEqualTo(1);
		String later = this.pages.get(comparison).body();
		assertThat(later).contains(printed).doesNotContain("attacker.example");
	}

	@Test
	void aPageOlderThanTheRefreshTimeIsRenderedAgainByOneRequest() {
		this.pages.get(PAGE);
		this.clock.moveForward(Duration.ofSeconds(11));
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.caches.getCacheNames().forEach((name) -> this.caches.getCache(name).clear());
		statistics.clear();
		assertThat(this.pages.get(PAGE).statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("the stale page is rendered again").isPositive();
		statistics.clear();
		assertThat(this.pages.get(PAGE).statusCode()).isEqualTo(200);
		assertThat(statistics.getPrepareStatementCount()).as("then served from memory again").isZero();
		this.clock.reset();
	}

	/**
	 * A request as anyone can send it, with whatever {@code Host} they like (the JDK's
	 * HTTP client will not send a made-up one).
	 */
	private String rawGet(String path, String host) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void errorsAndBadRequestsAreNeverKept() {
		long before = this.cache.size();
		assertThat(this.pages.get("/roles/no-such-role").statusCode()).isEqualTo(404);
		assertThat(this.pages.get("/compare?roles=probation-officer").statusCode()).isEqualTo(400);
		assertThat(this.cache.size()).isEqualTo(before);
	}

	@Test
	void aChangeEmptiesTheCacheSoTheNextRequestIsRenderedAfresh() {
		this.pages.get(PAGE);
		assertThat(this.cache.size()).isPositive();
		this.cache.clear();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.cache.size()).isZero();
		statistics.clear();
		assertThat(this.pages.get("/pay").statusCode()).isEqualTo(200);
		assertThat(this.cache.size()).isEqualTo(1);
	}

}
