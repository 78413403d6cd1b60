package uk.probationcareers.role;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A role page must cost the same number of SQL statements however long its lists are: a
 * count that grows with the duties, skills or routes is an N+1 query.
 */
@TestPropertySource(properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "spring.cache.type=none",
		"site.page-cache.enabled=false" })
class RolePageQueryCountTest extends RunningSiteTest {

	static final String PAGE = "/roles/probation-officer";

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStatementCountOfARolePageDoesNotGrowWithTheLengthOfItsLists() {
		long before = statementsFor(PAGE);
		// One statement per part of the page, whatever its length: the edition, duties,
		// skills, routes with their recruitment windows, career links both ways,
		// sources, change notes and the map around the role.
		assertThat(before).as("statements for one role page").isBetween(1L, 16L);
		System.out.println("SQL statements for " + PAGE + ": " + before);

		long edition = this.jdbc.queryForObject("select live_edition_id from role where slug = 'probation-officer'",
				Long.class);
		addDuties(edition, 5);
		addSkills(edition);
		addRoutes(edition);
		addSources(edition);

		String body = this.pages.get(PAGE).body();
		assertThat(body).contains("Extra duty 5");
		assertThat(statementsFor(PAGE)).isEqualTo(before);
	}

	private long statementsFor(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.pages.get(path).statusCode()).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

	private void addDuties(long edition, int count) {
		for (int i = 1; i <= count; i++) {
			this.jdbc.update("insert into role_edition_duty (edition_id, position, description) values (?, ?, ?)",
					edition, 100 + i, "Extra duty " + i);
		}
	}

	private void addSkills(long edition) {
		this.jdbc.update("""
				insert into role_edition_skill (edition_id, skill_id, position, importance)
				select ?, s.id, 100 + s.id, 'DESIRABLE' from skill s
				where s.id not in (select skill_id from role_edition_skill where edition_id = ?)""", edition, edition);
	}

	private void addRoutes(long edition) {
		this.jdbc.update("""
				insert into role_edition_entry_route (edition_id, entry_route_id, position)
				select ?, r.id, 100 + r.id from entry_route r
				where r.id not in (select entry_route_id from role_edition_entry_route where edition_id = ?)""",
				edition, edition);
	}

	private void addSources(long edition) {
		this.jdbc.update("""
				insert into role_edition_source (edition_id, source_id, position)
				select ?, s.id, 100 + s.id from source s
				where s.id not in (select source_id from role_edition_source where edition_id = ?)""", edition,
				edition);
	}

}
