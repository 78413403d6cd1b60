package uk.probationcareers.search;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type, and where the page they want must come: searched against the seeded
 * catalogue through the real index.
 */
@TestPropertySource(properties = "site.test-database=search")
class SearchRankingTest extends AdminPagesTest {

	@Autowired
	SiteSearch search;

	@ParameterizedTest(name = "\"{0}\" finds {1} within the first {2}")
	@CsvSource(delimiter = '|', textBlock = """
			probation assistant            | /roles/probation-service-officer            | 1
			Probation Assistants           | /roles/probation-service-officer            | 1
			PSO                            | /roles/probation-service-officer            | 1
			offender manager               | /roles/probation-officer                    | 1
			offender managers              | /roles/probation-officer                    | 1
			probation officer              | /roles/probation-officer                    | 1
			probation officers             | /roles/probation-officer                    | 1
			PO                             | /roles/probation-officer                    | 1
			pqip                           | /roles/trainee-probation-officer            | 2
			PQiP                           | /roles/trainee-probation-officer            | 2
			trainee probation officer      | /roles/trainee-probation-officer            | 1
			SPO                            | /roles/senior-probation-officer             | 1
			senior probation officers      | /roles/senior-probation-officer             | 1
			APRW                           | /roles/approved-premises-residential-worker | 1
			hostel                         | /roles/approved-premises-residential-worker | 1
			hostels                        | /roles/approved-premises-residential-worker | 1
			YJW                            | /roles/youth-justice-worker                 | 1
			youth offending team officer   | /roles/youth-justice-worker                 | 1
			PBNI                           | /roles/probation-officer-northern-ireland   | 1
			JSW                            | /roles/justice-social-worker-scotland       | 1
			criminal justice social worker | /roles/justice-social-worker-scotland       | 1
			prison officers                | /roles/prison-officer                       | 1
			""")
	void aRoleIsFoundByItsNameOtherNamesAndAbbreviations(String query, String url, int within) {
		List<String> urls = urls(query);
		assertThat(urls).as("results for \"%s\"", query).isNotEmpty();
		assertThat(urls.subList(0, Math.min(within, urls.size())))
			.as("the first %d results for \"%s\": %s", within, query, urls)
			.contains(url);
	}

	@ParameterizedTest(name = "\"{0}\" suggests \"{1}\"")
	@CsvSource(delimiter = '|', textBlock = """
			probaton                | probation
			probaton officer        | probation officer
			probation oficer        | probation officer
			sentance                | sentence
			""")
	void aMisspeltWordGetsADidYouMean(String query, String suggestion) {
		assertThat(this.search.search(query).suggestion()).isEqualTo(suggestion);
	}

	@ParameterizedTest(name = "\"{0}\" suggests nothing")
	@CsvSource(delimiter = '|', textBlock = """
			probation officer
			PQiP
			APRW
			hostel
			the officers
			""")
	void aKnownWordOrOtherNameIsNeverCorrected(String query) {
		assertThat(this.search.search(query).suggestion()).isNull();
	}

	@ParameterizedTest(name = "\"{0}\" finds the {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Band 3                      | /pay#band-probation-band-3
			Professional Qualification in Probation | /routes/
			""")
	void payBandsAndEntryRoutesAreFoundToo(String query, String urlStart) {
		assertThat(urls(query)).anySatisfy((url) -> assertThat(url).startsWith(urlStart));
	}

	private List<String> urls(String query) {
		return this.search.search(query).hits().stream().map(SearchHit::url).toList();
	}

}
