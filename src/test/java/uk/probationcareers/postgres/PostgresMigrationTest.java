package uk.probationcareers.postgres;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.probationcareers.role.editorial.Dashboard;
import uk.probationcareers.role.editorial.DetailsForm;
import uk.probationcareers.role.editorial.EditionRow;
import uk.probationcareers.role.editorial.EditorialService;
import uk.probationcareers.role.editorial.ListForm;
import uk.probationcareers.role.editorial.ListSection;
import uk.probationcareers.role.editorial.PublishForm;
import uk.probationcareers.role.editorial.ReviewService;
import uk.probationcareers.role.EditionState;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleSummary;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.passkeys.Passkey;
import uk.probationcareers.passkeys.SecondFactor;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The same migrations and mappings on PostgreSQL, through the {@code postgres} profile
 * the README and docker compose use.
 */
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.hibernate.ddl-auto=validate")
@ActiveProfiles("postgres")
@Tag("postgres")
class PostgresMigrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgresAvailable.url(PostgresAvailable.DATABASE));
		registry.add("spring.datasource.username", () -> PostgresAvailable.USER);
		registry.add("spring.datasource.password", () -> PostgresAvailable.PASSWORD);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RoleCatalogue catalogue;

	@Test
	void flywayMigratesAnEmptyPostgresDatabaseAndHibernateValidatesIt() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success = false",
				Long.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from role where live_edition_id is not null", Long.class))
			.isGreaterThanOrEqualTo(8);
	}

	@Test
	void everyPublishedRolePageRendersFromPostgres() {
		HttpPages pages = new HttpPages(this.port);
		for (RoleSummary role : this.catalogue.publishedRoles()) {
			HttpResponse<String> response = pages.get("/roles/" + role.slug());
			assertThat(response.statusCode()).as(role.slug()).isEqualTo(200);
			assertThat(response.body()).contains(role.title()).doesNotContain("??");
		}
	}

	@Test
	void postgresRefusesToLabelAnEarlierYearsRatesAsAgreed() {
		assertThatThrownBy(
				() -> this.jdbc.update("update pay_band set award_status = 'AGREED' where code = 'probation-band-3'"))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.jdbc.queryForObject("select count(*) from role_edition where state = 'SUPERSEDED'", Long.class))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void theEditorialWorkflowRunsOnPostgres(@Autowired EditorialService editorial, @Autowired ReviewService review,
			@Autowired Dashboard dashboard) {
		String slug = "youth-justice-worker";
		try {
			signedInAs("alice");
			int number = editorial.createDraft(slug);
			EditionRow draft = editorial.edition(slug, number);
			DetailsForm details = editorial.details(draft);
			details.setSummary("Youth justice workers help children who have offended to change.");
			editorial.saveDetails(slug, number, details);
			ListForm duties = editorial.list(draft, ListSection.DUTIES);
			duties.rearrange("down-0");
			duties.setVersion(editorial.edition(slug, number).version());
			editorial.saveList(slug, number, ListSection.DUTIES, duties);
			review.submit(slug, number, "Please review.");
			assertThat(dashboard.awaitingReview()).anyMatch((item) -> item.href().contains(slug));
			signedInAs("bob");
			PublishForm publish = new PublishForm();
			publish.setChangeKind("MAJOR");
			publish.setChangeNote("A plainer summary.");
			publish.setVersion(editorial.edition(slug, number).version());
			review.publish(slug, number, publish, false);
			assertThat(this.catalogue.profile(slug).orElseThrow().summary()).startsWith("Youth justice workers help");
			assertThat(this.catalogue.changes(slug).get(0).note()).isEqualTo("A plainer summary.");
			assertThat(
					editorial.compare(editorial.edition(slug, number - 1), editorial.edition(slug, number)).anyChange())
				.isTrue();
			int restored = editorial.restore(slug, number - 1);
			assertThat(editorial.edition(slug, restored).state()).isEqualTo(EditionState.DRAFT);
			assertThat(dashboard.recentlyPublished()).anyMatch((item) -> item.href().contains(slug));
			assertThat(dashboard.payToCheck()).isNotEmpty();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void passkeysAndRecoveryCodesAreStoredUsedAndResetOnPostgres(@Autowired AdminUsers users,
			@Autowired PublicKeyCredentialUserEntityRepository passkeyUsers,
			@Autowired UserCredentialRepository credentials, @Autowired SecondFactor secondFactor) {
		users.add("passkey-owner", "Lantern-Orchard-Probation-42", UserRole.EDITOR);
		Bytes userId = Bytes.random();
		passkeyUsers.save(ImmutablePublicKeyCredentialUserEntity.builder()
			.name("passkey-owner")
			.id(userId)
			.displayName("passkey-owner")
			.build());
		Bytes credentialId = Bytes.random();
		credentials.save(ImmutableCredentialRecord.builder()
			.credentialType(PublicKeyCredentialType.PUBLIC_KEY)
			.credentialId(credentialId)
			.userEntityUserId(userId)
			.publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3, (byte) 255 }))
			.signatureCount(7)
			.uvInitialized(true)
			.transports(Set.of(AuthenticatorTransport.INTERNAL))
			.backupEligible(true)
			.backupState(false)
			.attestationObject(new Bytes(new byte[] { 9, 8, 7 }))
			.label("Work laptop")
			.build());
		assertThat(credentials.findByCredentialId(credentialId).getPublicKey().getBytes()).containsExactly(1, 2, 3,
				255);
		assertThat(secondFactor.passkeys("passkey-owner")).extracting(Passkey::name).containsExactly("Work laptop");
		String code = secondFactor.issueRecoveryCodes("passkey-owner").get(0);
		assertThat(secondFactor.useRecoveryCode("passkey-owner", code)).isTrue();
		assertThat(secondFactor.useRecoveryCode("passkey-owner", code)).isFalse();
		secondFactor.reset(users.findByUsername("passkey-owner").orElseThrow());
		assertThat(secondFactor.passkeys("passkey-owner")).isEmpty();
		assertThat(passkeyUsers.findByUsername("passkey-owner")).isNull();
		assertThat(secondFactor.hasRecoveryCodes("passkey-owner")).isFalse();
		assertThat(this.jdbc.queryForList("select c.field from audit_entry e join audit_change c on c.entry_id = e.id "
				+ "where e.record_label = 'passkey-owner' order by e.id, c.position", String.class))
			.contains("passkeyAdded", "recoveryCodesIssued", "recoveryCodeUsed", "passkeyRemoved", "secondFactorReset");
	}

	@Test
	void parallelWrongPasswordsOnPostgresAreCountedNoFurtherThanTheLimit(@Autowired AdminUsers users) throws Exception {
		users.add("parallel-guess", "Lantern-Orchard-Probation-42", UserRole.EDITOR);
		List<HttpPages> browsers = new java.util.ArrayList<>();
		List<String> forms = new java.util.ArrayList<>();
		for (int i = 0; i < 12; i++) {
			HttpPages browser = HttpPages.withCookies(this.port).from("10.9.8.7");
			String token = HttpPages.csrfToken(browser.get("/admin/sign-in").body());
			browsers.add(browser);
			forms.add(HttpPages.encode(Map.of("username", "parallel-guess", "password", "Wrong-" + i, "_csrf", token)));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(12);
		try {
			List<Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 12; i++) {
				HttpPages browser = browsers.get(i);
				String form = forms.get(i);
				answers.add(threads.submit(() -> {
					start.await();
					return browser.post("/admin/sign-in", form);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().headers().firstValue("Location").orElseThrow()).endsWith("?error");
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(this.jdbc.queryForList("select failures from sign_in_counter where scope in ('PAIR', 'ADDRESS')",
				Integer.class))
			.containsOnly(5);
	}

	@Test
	void parallelFeedbackPostsFromOneAddressOnPostgresGetNoFurtherThanTheLimit() throws Exception {
		String form = HttpPages.encode(Map.of("page", "/privacy", "useful", "yes"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(12);
		List<Integer> statuses = new java.util.ArrayList<>();
		try {
			List<Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 30; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return new HttpPages(this.port).from("10.9.8.6").post("/feedback/useful", form);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(statuses).filteredOn((status) -> status == 303).hasSize(20);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(10);
		assertThat(this.jdbc.queryForObject("select count(*) from feedback_report where page_path = '/privacy'",
				Integer.class))
			.isEqualTo(20);
	}

	static void signedInAs(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
					List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
	}

	@Test
	void aNewRowTakesTheNextIdentityAfterTheSeededOnes() {
		this.jdbc
			.update("""
					insert into skill (code, name, description) values ('suite-check', 'Suite check', 'Added by a test')""");
		assertThat(this.jdbc.queryForObject("select count(*) from skill where code = 'suite-check'", Long.class))
			.isEqualTo(1L);
		this.jdbc.update("delete from skill where code = 'suite-check'");
	}

}
