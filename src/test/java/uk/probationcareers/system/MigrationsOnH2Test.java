package uk.probationcareers.system;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway builds the schema on H2 and Hibernate validates every mapping against it
 * ({@code ddl-auto=validate}); the seeded catalogue then keeps its promises.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class MigrationsOnH2Test {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRoleHasExactlyOnePublishedLiveEdition() {
		assertThat(count("select count(*) from role where live_edition_id is null")).isZero();
		assertThat(count("""
				select count(*) from role r join role_edition e on e.id = r.live_edition_id
				where e.state <> 'PUBLISHED' or e.role_id <> r.id""")).isZero();
		assertThat(count("select count(*) from role")).isGreaterThanOrEqualTo(8);
	}

	@Test
	void everyPayFigureCarriesItsPayYearAndSourceAndUnconfirmedOnesSayWhy() {
		assertThat(count("select count(*) from pay_band where source_id is null or pay_year is null")).isZero();
		assertThat(count("select count(*) from pay_band where award_status <> 'AGREED' and note is null")).isZero();
		assertThat(count("select count(*) from pay_band where minimum_pay is not null")).isGreaterThan(0);
	}

	@Test
	void everyPublishedProfileCitesAtLeastOneSource() {
		assertThat(count("""
				select count(*) from role r where not exists
				(select 1 from role_edition_source s where s.edition_id = r.live_edition_id)""")).isZero();
	}

	@Test
	void noTextDescribesTheAbolishedCommunityRehabilitationCompaniesAsCurrent() {
		List<String> texts = this.jdbc.queryForList("""
				select summary from role_edition union all select description from role_edition_duty
				union all select coalesce(working_environment, '') from role_edition
				union all select summary from entry_route""", String.class);
		assertThat(texts).isNotEmpty().noneMatch((text) -> text.contains("CRC") || text.contains("CRB"));
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
