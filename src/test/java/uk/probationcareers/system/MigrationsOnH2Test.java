package uk.probationcareers.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.probationcareers.pay.AwardStatus;
import uk.probationcareers.pay.FigureBasis;
import uk.probationcareers.pay.PayBandRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flyway builds the schema on H2 and Hibernate validates every mapping against it
 * ({@code ddl-auto=validate}); the seeded catalogue then keeps its promises.
 */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("test")
class MigrationsOnH2Test {

	static final List<String> CORRECTED_ROLES = List.of("probation-service-officer", "trainee-probation-officer",
			"probation-officer");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyRoleHasExactlyOnePublishedEditionAndItIsTheLiveOne() {
		assertThat(count("select count(*) from role where live_edition_id is null")).isZero();
		assertThat(count("""
				select count(*) from role r join role_edition e on e.id = r.live_edition_id
				where e.state <> 'PUBLISHED' or e.role_id <> r.id""")).isZero();
		assertThat(count("""
				select count(*) from role r where (select count(*) from role_edition e
				where e.role_id = r.id and e.state = 'PUBLISHED') <> 1""")).isZero();
		assertThat(count("select count(*) from role")).isGreaterThanOrEqualTo(9);
	}

	@Test
	void eachCorrectedRoleKeepsItsFirstEditionAsSupersededAndExplainsTheCorrection() {
		for (String slug : CORRECTED_ROLES) {
			List<Map<String, Object>> editions = this.jdbc.queryForList("""
					select e.edition_number, e.state, e.change_note, e.last_reviewed from role_edition e
					join role r on r.id = e.role_id where r.slug = ? order by e.edition_number""", slug);
			assertThat(editions).as(slug).hasSizeGreaterThanOrEqualTo(2);
			assertThat(editions.subList(0, editions.size() - 1)).as(slug)
				.allMatch((edition) -> "SUPERSEDED".equals(edition.get("STATE")));
			assertThat(editions.get(editions.size() - 1).get("STATE")).as(slug).isEqualTo("PUBLISHED");
			assertThat((String) editions.get(1).get("CHANGE_NOTE")).as(slug)
				.contains("re-checked our sources on 23 November 2026");
			assertThat(editions.get(1).get("LAST_REVIEWED").toString()).as(slug).isEqualTo("2026-11-23");
			assertThat(count("select count(*) from role_edition_duty d join role_edition e on e.id = d.edition_id "
					+ "join role r on r.id = e.role_id where r.slug = '" + slug + "' and e.edition_number = 1"))
				.as(slug + ": the superseded edition keeps its parts")
				.isPositive();
		}
	}

	@Test
	void everyPayFigureCarriesItsPayYearStatusBasisAndADatedSource() {
		assertThat(count("""
				select count(*) from pay_band p left join source s on s.id = p.source_id
				where s.id is null or s.date_checked is null or p.award_status is null""")).isZero();
		assertThat(count("""
				select count(*) from pay_band where minimum_pay is not null
				and (pay_year is null or figure_basis is null)""")).isZero();
		assertThat(count("select count(*) from pay_band where note is null")).isZero();
	}

	@Test
	void everyPayBandKeepsThePayRulesGivenTheAwardsStillUnsettled() {
		List<String> unsettled = this.jdbc.queryForList("select award_year from pay_award where settled = false",
				String.class);
		assertThat(unsettled).contains("2025/26");
		List<Map<String, Object>> bands = this.jdbc.queryForList("select * from pay_band");
		assertThat(bands).hasSizeGreaterThanOrEqualTo(4).allSatisfy((band) -> {
			String basis = (String) band.get("FIGURE_BASIS");
			assertThat(PayBandRules.breaches((String) band.get("PAY_YEAR"), (Integer) band.get("MINIMUM_PAY"),
					(Integer) band.get("MAXIMUM_PAY"), AwardStatus.valueOf((String) band.get("AWARD_STATUS")),
					(String) band.get("PENDING_AWARD_YEAR"), (basis != null) ? FigureBasis.valueOf(basis) : null,
					unsettled))
				.as((String) band.get("CODE"))
				.isEmpty();
		});
	}

	@Test
	void everySeededRoleSitsAtItsOwnCareerStageAndNoOtherStageIsAccepted() {
		Map<String, String> stages = new TreeMap<>();
		for (Map<String, Object> row : this.jdbc.queryForList("select slug, career_stage from role")) {
			stages.put((String) row.get("SLUG"), (String) row.get("CAREER_STAGE"));
		}
		assertThat(stages).containsEntry("probation-service-officer", "ENTRY")
			.containsEntry("approved-premises-residential-worker", "ENTRY")
			.containsEntry("prison-officer", "ENTRY")
			.containsEntry("youth-justice-worker", "ENTRY")
			.containsEntry("trainee-probation-officer", "TRAINING")
			.containsEntry("probation-officer", "QUALIFIED")
			.containsEntry("justice-social-worker-scotland", "QUALIFIED")
			.containsEntry("probation-officer-northern-ireland", "QUALIFIED")
			.containsEntry("senior-probation-officer", "SENIOR");
		assertThatThrownBy(() -> this.jdbc
			.update("update role set career_stage = 'DIRECTOR' where slug = 'senior-probation-officer'"))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void everyProgressionLinkLeadsToALaterCareerStage() {
		List<String> stages = List.of("ENTRY", "TRAINING", "QUALIFIED", "SENIOR", "MANAGEMENT");
		List<Map<String, Object>> links = this.jdbc.queryForList("""
				select f.slug, f.career_stage, t.slug as to_slug, t.career_stage as to_stage
				from role_edition_career_link l join role_edition e on e.id = l.edition_id
				join role f on f.live_edition_id = e.id join role t on t.id = l.target_role_id
				where l.link_type = 'PROGRESSION'""");
		assertThat(links).hasSizeGreaterThanOrEqualTo(3);
		for (Map<String, Object> link : links) {
			assertThat(stages.indexOf((String) link.get("TO_STAGE")))
				.as(link.get("SLUG") + " -> " + link.get("TO_SLUG"))
				.isGreaterThan(stages.indexOf((String) link.get("CAREER_STAGE")));
		}
	}

	@Test
	void theDatabaseRefusesToLabelAnEarlierYearsRatesAsAgreed() {
		assertThatThrownBy(() -> this.jdbc.update("""
				update pay_band set award_status = 'AGREED' where code = 'probation-band-3'"""))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.update("""
				update pay_band set minimum_pay = null where code = 'probation-band-4'"""))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theReCheckedFiguresAreTheOnesInTheCatalogue() {
		assertThat(this.jdbc.queryForMap("""
				select pay_year, minimum_pay, maximum_pay, award_status, pending_award_year from pay_band
				where code = 'probation-band-3'""")).containsEntry("PAY_YEAR", "2024/25")
			.containsEntry("MINIMUM_PAY", 26475)
			.containsEntry("MAXIMUM_PAY", 31650)
			.containsEntry("AWARD_STATUS", "EARLIER_YEAR_RATES")
			.containsEntry("PENDING_AWARD_YEAR", "2025/26");
		assertThat(
				this.jdbc.queryForMap("select minimum_pay, maximum_pay from pay_band where code = 'probation-band-4'"))
			.containsEntry("MINIMUM_PAY", 35130)
			.containsEntry("MAXIMUM_PAY", null);
		assertThat(
				this.jdbc.queryForObject("select award_status from pay_band where code = 'pqip-trainee'", String.class))
			.isNotEqualTo("AGREED");
		assertThat(count("select count(*) from pay_band where minimum_pay in (22000, 24000, 28000)")).isZero();
	}

	@Test
	void everyPayAwardHasDatedSourcedEvents() {
		assertThat(count("select count(*) from pay_award a where not exists "
				+ "(select 1 from pay_award_event e where e.award_id = a.id)"))
			.isZero();
		assertThat(this.jdbc.queryForList("select kind from pay_award_event order by event_date", String.class))
			.containsSubsequence("CLAIM", "OFFER", "BALLOT", "STATEMENT", "CHECK");
	}

	@Test
	void everyPublishedProfileCitesAtLeastOneSource() {
		assertThat(count("""
				select count(*) from role r where not exists
				(select 1 from role_edition_source s where s.edition_id = r.live_edition_id)""")).isZero();
	}

	@Test
	void noLiveTextKeepsTheWordingTheReCheckCorrected() {
		List<String> texts = liveTexts();
		assertThat(texts).isNotEmpty()
			.noneMatch((text) -> text.contains("37 to 39"))
			.noneMatch((text) -> text.contains("at least 3 years"))
			.noneMatch((text) -> text.contains("up to 27 months"));
		assertThat(count("""
				select count(*) from role_edition e join role r on r.live_edition_id = e.id
				where r.slug in ('probation-service-officer', 'trainee-probation-officer', 'probation-officer')
				and e.hours_max > 37""")).isZero();
		assertThat(count("""
				select count(*) from entry_route where code = 'pqip-non-graduate'
				and duration_months_min = 27 and duration_months_max = 27""")).isOne();
	}

	@Test
	void theResidentialWorkerRouteAsksForAgeNationalityAndEnglishAsItsPageDoes() {
		assertThat(this.jdbc.queryForMap("""
				select r.minimum_age, r.civil_service_nationality, r.entry_requirements, s.url from entry_route r
				join source s on s.id = r.rules_source_id where r.code = 'aprw-direct'"""))
			.containsEntry("MINIMUM_AGE", 18)
			.containsEntry("CIVIL_SERVICE_NATIONALITY", true)
			.containsEntry("URL",
					"https://prisonandprobationjobs.gov.uk/roles-at-hmpps/overview-of-the-approved-premises-role/how-to-apply/")
			.hasEntrySatisfying("ENTRY_REQUIREMENTS", (text) -> assertThat((String) text).contains("fluent English"));
	}

	@Test
	void adviceNoPageSetsAsARuleIsDatedGuidanceTheRouteFinderDoesNotRead() {
		assertThat(this.jdbc.queryForMap("""
				select min_service_months, min_qualification_level, guidance, guidance_dated from entry_route
				where code = 'pqip-internal-pso'""")).containsEntry("MIN_SERVICE_MONTHS", null)
			.containsEntry("MIN_QUALIFICATION_LEVEL", null)
			.hasEntrySatisfying("GUIDANCE", (text) -> assertThat((String) text).contains("6 months"))
			.hasEntrySatisfying("GUIDANCE_DATED", (date) -> assertThat(date.toString()).isEqualTo("2022-05-25"));
		assertThat(this.jdbc.queryForMap("""
				select part_time_months_max, guidance, guidance_dated from entry_route
				where code = 'pqip-non-graduate'""")).containsEntry("PART_TIME_MONTHS_MAX", null)
			.hasEntrySatisfying("GUIDANCE", (text) -> assertThat((String) text).contains("30 months"))
			.hasEntrySatisfying("GUIDANCE_DATED", (date) -> assertThat(date).isNotNull());
	}

	@Test
	void noLiveTextKeepsAClaimTheDecemberReCheckFoundUnsourced() {
		assertThat(liveTexts()).noneMatch((text) -> text.contains("Monday to Friday"))
			.noneMatch((text) -> text.contains("Part-time jobs are available"))
			.noneMatch((text) -> text.contains("enhanced vetting"))
			.noneMatch((text) -> text.contains("Band 5"));
		assertThat(this.jdbc.queryForList("""
				select coalesce(e.pay_note, '') from role_edition e join role r on r.live_edition_id = e.id
				union all select coalesce(note, '') from pay_band union all select summary from pay_award
				union all select description from pay_award_event""", String.class))
			.noneMatch((text) -> text.contains("30%"))
			.noneMatch((text) -> text.contains("UNISON"))
			.noneMatch((text) -> text.contains("still being paid"))
			.noneMatch((text) -> text.contains("2462"));
		assertThat(count("select count(*) from role r join role_edition e on e.id = r.live_edition_id "
				+ "where e.soc_code is not null"))
			.isZero();
	}

	@Test
	void noLiveProfileCitesAHomePageForAParticularFactExceptAsAGeneralLink() {
		assertThat(this.jdbc.queryForList(
				"""
						select r.slug || ': ' || s.code from role_edition_source c join role r on r.live_edition_id = c.edition_id
						join source s on s.id = c.source_id
						where s.code in ('train-po', 'napo', 'sssc') and s.url not like '%/registration/%'""",
				String.class))
			.isEmpty();
	}

	@Test
	void everyPublishedRoleHasAPayFigureWithItsPayYearOrSaysWhereToLookAndHasItsHours() {
		List<Map<String, Object>> roles = this.jdbc.queryForList("""
				select r.slug, e.hours_min, e.hours_pattern, p.award_status, p.pay_year, p.minimum_pay, p.note, s.url
				from role r join role_edition e on e.id = r.live_edition_id
				left join pay_band p on p.id = e.pay_band_id left join source s on s.id = p.source_id""");
		assertThat(roles).hasSizeGreaterThanOrEqualTo(9).allSatisfy((role) -> {
			String slug = (String) role.get("SLUG");
			assertThat(role.get("AWARD_STATUS")).as(slug + ": a pay band").isNotNull();
			if ("NOT_HELD".equals(role.get("AWARD_STATUS"))) {
				assertThat((String) role.get("NOTE")).as(slug + ": says where to look").containsIgnoringCase("advert");
				assertThat((String) role.get("URL")).as(slug + ": links to where to look").startsWith("http");
			}
			else {
				assertThat(role.get("PAY_YEAR")).as(slug + ": a pay year").isNotNull();
				assertThat(role.get("MINIMUM_PAY")).as(slug + ": a figure").isNotNull();
			}
			assertThat(role.get("HOURS_MIN") != null || role.get("HOURS_PATTERN") != null).as(slug + ": hours")
				.isTrue();
		});
	}

	@Test
	void thePrisonOfficerStartsOnTheReportedBand3SalaryForThe37HourWeekAndCanChooseUpTo41() {
		assertThat(this.jdbc.queryForMap("""
				select p.pay_year, p.minimum_pay, p.award_status, e.hours_min, e.hours_max from role r
				join role_edition e on e.id = r.live_edition_id join pay_band p on p.id = e.pay_band_id
				where r.slug = 'prison-officer'""")).containsEntry("PAY_YEAR", "2025/26")
			.containsEntry("MINIMUM_PAY", 33746)
			.containsEntry("AWARD_STATUS", "AGREED")
			.containsEntry("HOURS_MIN", 37)
			.containsEntry("HOURS_MAX", 41);
	}

	@Test
	void noTextDescribesTheAbolishedCommunityRehabilitationCompaniesAsCurrent() {
		assertThat(liveTexts()).isNotEmpty().noneMatch((text) -> text.contains("CRC") || text.contains("CRB"));
	}

	private List<String> liveTexts() {
		return this.jdbc.queryForList(
				"""
						select e.summary from role_edition e join role r on r.live_edition_id = e.id
						union all select coalesce(e.hours_pattern, '') from role_edition e join role r on r.live_edition_id = e.id
						union all select coalesce(e.working_environment, '') from role_edition e join role r on r.live_edition_id = e.id
						union all select d.description from role_edition_duty d join role r on r.live_edition_id = d.edition_id
						union all select q.requirement from role_edition_requirement q join role r on r.live_edition_id = q.edition_id
						union all select coalesce(l.typical_time, '') from role_edition_career_link l
						join role r on r.live_edition_id = l.edition_id
						union all select summary from entry_route
						union all select coalesce(entry_requirements, '') from entry_route""",
				String.class);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
