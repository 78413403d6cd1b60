package uk.probationcareers.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A test of the whole running site over real HTTP.
 */
@WebIntegrationTest
public abstract class RunningSiteTest {

	@LocalServerPort
	protected int port;

	protected HttpPages pages;

	@BeforeEach
	void connect() {
		this.pages = new HttpPages(this.port);
	}

}
