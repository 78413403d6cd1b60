package uk.probationcareers.role;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The view records behind the public pages are kept for seconds ({@code @Cacheable} on
 * {@link RoleCatalogue}). The page cache is off here, so the second request is rendered
 * again and only the view cache can spare it the database.
 */
@TestPropertySource(
		properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "site.page-cache.enabled=false" })
class RoleCatalogueCacheTest extends RunningSiteTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aRolePageAskedForAgainWithinSecondsIsBuiltWithoutTouchingTheDatabase() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		assertThat(this.pages.get("/roles/senior-probation-officer").statusCode()).isEqualTo(200);
		statistics.clear();

		assertThat(this.pages.get("/roles/senior-probation-officer").body()).contains("Senior probation officer");

		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

}
