package uk.probationcareers.system;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.ProbationCareersApplication;
import uk.probationcareers.support.HttpPages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the site on one database, as behind a load balancer: a change
 * committed on one shows on the other within two seconds, though the other keeps rendered
 * pages for a minute and view records for ten seconds.
 */
class ChangesFromOtherInstancesTest {

	private static final String PAGE = "/roles/probation-officer";

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() {
		String[] shared = { "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--server.port=0", "--site.changes.follow-other-instances=true", "--site.changes.poll-interval=200ms",
				"--site.page-cache.refresh-after=60s" };
		first = start(shared);
		second = start(shared);
	}

	private static ConfigurableApplicationContext start(String[] arguments) {
		return new SpringApplicationBuilder(ProbationCareersApplication.class).profiles("test").run(arguments);
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSkillRenamedOnOneInstanceShowsOnTheOtherWithinTwoSeconds() throws Exception {
		HttpPages other = new HttpPages(port(second));
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		String skill = jdbc.queryForObject("""
				SELECT s.name FROM skill s
				JOIN role_edition_skill es ON es.skill_id = s.id
				JOIN role_edition e ON e.id = es.edition_id AND e.state = 'PUBLISHED'
				JOIN role r ON r.id = e.role_id AND r.slug = 'probation-officer'
				ORDER BY es.position FETCH FIRST 1 ROWS ONLY""", String.class);
		assertThat(other.get(PAGE).body()).contains(skill);
		assertThat(other.get(PAGE).body()).contains(skill);

		String renamed = skill + " (renamed on the first instance)";
		first.getBean(TransactionTemplate.class).executeWithoutResult((tx) -> {
			jdbc.update("UPDATE skill SET name = ? WHERE name = ?", renamed, skill);
			first.publishEvent(new CatalogueChanged("skills", null));
		});
		long committed = System.nanoTime();

		Duration shown = null;
		while (shown == null && System.nanoTime() - committed < Duration.ofSeconds(5).toNanos()) {
			if (other.get(PAGE).body().contains(renamed)) {
				shown = Duration.ofNanos(System.nanoTime() - committed);
			}
			else {
				Thread.sleep(50);
			}
		}
		assertThat(shown).as("the other instance shows the change").isNotNull();
		assertThat(new HttpPages(port(first)).get(PAGE).body()).contains(renamed);
		assertThat(shown).isLessThan(Duration.ofSeconds(2));
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

}
