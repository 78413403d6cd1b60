package uk.probationcareers.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application reads, so tests can move time.
 */
@Configuration
class Clocks {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
