package uk.probationcareers.system;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import uk.probationcareers.postgres.PostgresAvailable;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.support.RunningJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar, run as an operator runs it, killed with SIGKILL while editors save
 * skills and publish editions as fast as the forms allow, then started again on the same
 * database: every save the site confirmed is there with its audit entry, every
 * publication it confirmed is whole, and nothing is half done. A failsafe test, as it
 * needs the jar {@code package} builds.
 */
class CrashDurabilityIT {

	private static final Duration READY_WITHIN = Duration.ofSeconds(180);

	private static final String ADMIN = "crash-admin";

	private static final String EDITOR = "crash-editor";

	private static final String PASSWORD = "Lantern-Orchard-Probation-42";

	private static final String EDITORS_OWN_PASSWORD = "Harbour-Meadow-Caseload-57";

	private static final Pattern ROLE_LINK = Pattern.compile("href=\"/admin/roles/([a-z0-9-]+)\"");

	@Test
	void everyConfirmedSaveAndPublicationSurvivesAKillOnTheEmbeddedDatabase(@TempDir Path folder) throws Exception {
		// No database settings: the jar's own default, an H2 file under ./data of its
		// working folder.
		Path file = folder.resolve("data").resolve("probation-careers").toAbsolutePath();
		survivesAKill(folder, Map.of(), List.of(),
				() -> DriverManager.getConnection("jdbc:h2:file:" + file + ";AUTO_SERVER=FALSE", "sa", ""));
	}

	@Test
	@ExtendWith(PostgresServer.class)
	void everyConfirmedSaveAndPublicationSurvivesAKillOnPostgres(@TempDir Path folder) throws Exception {
		String database = "probation_careers_crash_" + UUID.randomUUID().toString().substring(0, 8);
		PostgresServer.execute("CREATE DATABASE " + database);
		try {
			survivesAKill(folder,
					Map.of("POSTGRES_HOST", PostgresAvailable.HOST, "POSTGRES_PORT", PostgresAvailable.PORT,
							"POSTGRES_DB", database, "POSTGRES_USER", PostgresAvailable.USER, "POSTGRES_PASSWORD",
							PostgresAvailable.PASSWORD),
					List.of("--spring.profiles.active=postgres"),
					() -> DriverManager.getConnection(PostgresAvailable.url(database), PostgresAvailable.USER,
							PostgresAvailable.PASSWORD));
		}
		finally {
			PostgresServer.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private void survivesAKill(Path folder, Map<String, String> database, List<String> settings, Connector connector)
			throws Exception {
		// The editors here sign in with a password alone: no passkey can be made outside
		// a
		// browser.
		List<String> arguments = new ArrayList<>(settings);
		arguments.add("--admin.second-factor.required=false");
		Map<String, String> environment = new HashMap<>(database);
		environment.put("ADMIN_USERNAME", ADMIN);
		environment.put("ADMIN_PASSWORD", PASSWORD);
		int port = RunningJar.freePort();
		HttpPages saver;
		Bursts bursts;
		Duration firstStart;
		long burst;
		try (RunningJar site = RunningJar.start(folder, port, environment, arguments, READY_WITHIN)) {
			firstStart = site.startedIn();
			HttpPages admin = signedIn(port, ADMIN);
			assertThat(admin
				.submit("/admin/users/new", "/admin/users/new",
						Map.of("username", EDITOR, "role", "EDITOR", "newPassword", PASSWORD, "confirmPassword",
								PASSWORD))
				.statusCode()).as("the admin adds a second editor").isEqualTo(302);
			choosesOwnPassword(signedIn(port, EDITOR, PASSWORD));
			saver = signedIn(port, EDITOR, EDITORS_OWN_PASSWORD);
			List<String> roles = roles(admin);
			bursts = new Bursts(saver, admin, signedIn(port, EDITOR, EDITORS_OWN_PASSWORD), roles);
			burst = System.nanoTime();
			bursts.start();
			bursts.awaitProgress(Duration.ofSeconds(4), 10, 2, Duration.ofSeconds(30));
			bursts.killing();
			assertThat(site.kill()).as("ended by SIGKILL").isEqualTo(RunningJar.KILLED_BY_SIGKILL);
			burst = System.nanoTime() - burst;
			bursts.awaitEnd();
		}
		assertThat(bursts.unexpected()).as("what went wrong before the kill").isEmpty();
		assertThat(bursts.savedSkills()).as("skills the site confirmed before the kill").isNotEmpty();
		assertThat(bursts.publications()).as("publications the site confirmed before the kill").isNotEmpty();

		HttpResponse<String> skills;
		try (RunningJar site = RunningJar.start(folder, port, environment, arguments, READY_WITHIN)) {
			skills = saver.get("/admin/skills");
			site.stop();
			System.out.printf(
					"Started in %.1f s; killed with SIGKILL %.1f s into the burst, after %d skill saves and %d"
							+ " publications were confirmed; started again in %.1f s%n",
					firstStart.toMillis() / 1000.0, burst / 1e9, bursts.savedSkills().size(),
					bursts.publications().size(), site.startedIn().toMillis() / 1000.0);
		}
		try (Connection connection = connector.connect()) {
			AfterTheCrash afterwards = new AfterTheCrash(connection);
			SoftAssertions softly = new SoftAssertions();
			softly.assertThat(afterwards.lostSkills(bursts.savedSkills()))
				.as("confirmed skill saves lost, of %d", bursts.savedSkills().size())
				.isEmpty();
			softly.assertThat(afterwards.skillsWithoutTheirAuditEntry()).as("skills and audit entries").isEmpty();
			softly.assertThat(afterwards.publicationsNotWhole(bursts.publications(), EDITOR))
				.as("confirmed publications not whole, of %d", bursts.publications().size())
				.isEmpty();
			softly.assertThat(afterwards.halfPublished()).as("roles and editions half published").isEmpty();
			softly.assertThat(skills.statusCode()).as("the editor still signed in after the restart").isEqualTo(200);
			softly
				.assertThat(bursts.savedSkills()
					.stream()
					.filter((code) -> !skills.body().contains("<code>" + code + "</code>")))
				.as("confirmed skills missing from the list page after the restart")
				.isEmpty();
			softly.assertAll();
		}
	}

	private static HttpPages signedIn(int port, String username) {
		return signedIn(port, username, PASSWORD);
	}

	private static HttpPages signedIn(int port, String username, String password) {
		HttpPages browser = HttpPages.withCookies(port);
		HttpResponse<String> signIn = browser.signIn(username, password);
		assertThat(signIn.headers().firstValue("Location")).as(username + " signed in").hasValueSatisfying((to) -> {
			assertThat(to).endsWith("/admin");
		});
		return browser;
	}

	/**
	 * A password an admin chose for someone must be changed at the first sign-in.
	 */
	private static void choosesOwnPassword(HttpPages editor) {
		assertThat(editor.submit("/admin/account", "/admin/account",
				Map.of("currentPassword", PASSWORD, "newPassword", EDITORS_OWN_PASSWORD, "confirmPassword",
						EDITORS_OWN_PASSWORD))
			.statusCode()).as("the new editor chooses their own password").isEqualTo(302);
	}

	private static List<String> roles(HttpPages admin) {
		Matcher links = ROLE_LINK.matcher(admin.get("/admin/roles").body());
		List<String> slugs = links.results()
			.map((link) -> link.group(1))
			.filter((slug) -> !slug.equals("new"))
			.toList();
		assertThat(slugs).as("roles to publish").isNotEmpty();
		return slugs;
	}

	@FunctionalInterface
	interface Connector {

		Connection connect() throws SQLException;

	}

}
