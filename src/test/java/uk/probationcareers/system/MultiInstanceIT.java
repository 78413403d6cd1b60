package uk.probationcareers.system;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import uk.probationcareers.postgres.PostgresAvailable;
import uk.probationcareers.support.ChangeReason;
import uk.probationcareers.support.ExternalSuite;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.support.Nginx;
import uk.probationcareers.support.RunningJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the built jar on one fresh PostgreSQL database, started at the same
 * moment, with nginx round robin in front, as in production (docs/production.md). Through
 * nginx an admin and an editor sign in, draft and publish; each instance serves its share
 * and the session holds on both; the instance that did not handle the publication shows
 * it within two seconds; a stale save sent to the other instance gets the conflict page;
 * and a rolling restart of both under steady load loses no request and no session. A
 * failsafe test, as it needs the jar {@code package} builds.
 */
@ExtendWith({ PostgresServer.class, MultiInstanceIT.NginxInstalled.class })
class MultiInstanceIT {

	private static final Duration READY_WITHIN = Duration.ofSeconds(240);

	private static final String ADMIN = "pair-admin";

	private static final String EDITOR = "pair-editor";

	private static final String PASSWORD = "Lantern-Orchard-Probation-42";

	private static final String EDITORS_OWN_PASSWORD = "Harbour-Meadow-Caseload-57";

	private static final Pattern ROLE_LINK = Pattern.compile("href=\"/admin/roles/([a-z0-9-]+)\"");

	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	private static final List<String> PUBLIC_PAGES = List.of("/", "/roles", "/roles/probation-officer", "/pay",
			"/routes", "/compare?roles=probation-officer&roles=probation-service-officer");

	@Test
	void twoInstancesBehindNginxShareSessionsAndChangesAndRestartOneByOneWithoutLosingARequest(@TempDir Path folder)
			throws Exception {
		String database = "probation_careers_pair_" + UUID.randomUUID().toString().substring(0, 8);
		PostgresServer.execute("CREATE DATABASE " + database);
		List<Instance> instances = List.of(new Instance(folder.resolve("first"), RunningJar.freePort()),
				new Instance(folder.resolve("second"), RunningJar.freePort()));
		try {
			Map<String, String> environment = new HashMap<>(Map.of("POSTGRES_HOST", PostgresAvailable.HOST,
					"POSTGRES_PORT", PostgresAvailable.PORT, "POSTGRES_DB", database, "POSTGRES_USER",
					PostgresAvailable.USER, "POSTGRES_PASSWORD", PostgresAvailable.PASSWORD));
			environment.put("ADMIN_USERNAME", ADMIN);
			environment.put("ADMIN_PASSWORD", PASSWORD);
			startTogether(instances, environment);
			try (Nginx nginx = Nginx.start(folder.resolve("nginx"), RunningJar.freePort(),
					instances.stream().map(Instance::port).toList())) {
				HttpPages admin = signedIn(nginx.port(), ADMIN, PASSWORD);
				sessionHoldsOnEveryInstance(admin, nginx, instances);
				HttpPages editor = newEditor(admin, nginx.port());
				publicationShowsOnEveryInstanceWithinTwoSeconds(admin, editor, instances);
				staleSaveOnTheOtherInstanceIsAConflict(editor, instances);
				rollingRestartLosesNothing(admin, nginx, instances, environment);
			}
		}
		finally {
			instances.forEach(Instance::close);
			PostgresServer.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	/**
	 * Both on an empty database at once: both migrate (Flyway's lock) and neither fails
	 * creating the first admin.
	 */
	private static void startTogether(List<Instance> instances, Map<String, String> environment) throws Exception {
		CyclicBarrier together = new CyclicBarrier(instances.size());
		ExecutorService starts = Executors.newFixedThreadPool(instances.size());
		try {
			List<Future<?>> started = new ArrayList<>();
			for (Instance instance : instances) {
				started.add(starts.submit(() -> {
					together.await();
					instance.start(environment);
					return null;
				}));
			}
			for (Future<?> start : started) {
				start.get(READY_WITHIN.toSeconds() + 30, TimeUnit.SECONDS);
			}
		}
		finally {
			starts.shutdownNow();
		}
		for (Instance instance : instances) {
			System.out.printf("Instance on port %d ready in %.1f s%n", instance.port(),
					instance.jar.startedIn().toMillis() / 1000.0);
		}
	}

	private static void sessionHoldsOnEveryInstance(HttpPages admin, Nginx nginx, List<Instance> instances) {
		Map<Integer, Long> before = nginx.answeredBy();
		for (int i = 0; i < 20; i++) {
			assertThat(admin.get("/admin").statusCode()).as("signed-in request %d through nginx", i).isEqualTo(200);
		}
		Map<Integer, Long> after = nginx.answeredBy();
		for (Instance instance : instances) {
			long share = after.getOrDefault(instance.port(), 0L) - before.getOrDefault(instance.port(), 0L);
			assertThat(share).as("requests the instance on port %d answered", instance.port())
				.isGreaterThanOrEqualTo(5);
		}
	}

	private static HttpPages newEditor(HttpPages admin, int port) {
		assertThat(admin
			.submit("/admin/users/new", "/admin/users/new",
					Map.of("username", EDITOR, "role", "EDITOR", "newPassword", PASSWORD, "confirmPassword", PASSWORD))
			.statusCode()).as("the admin adds an editor").isEqualTo(302);
		HttpPages first = signedIn(port, EDITOR, PASSWORD);
		assertThat(
				first.submit("/admin/account", "/admin/account",
						Map.of("currentPassword", PASSWORD, "newPassword", EDITORS_OWN_PASSWORD, "confirmPassword",
								EDITORS_OWN_PASSWORD))
					.statusCode())
			.as("the editor chooses their own password")
			.isEqualTo(302);
		return signedIn(port, EDITOR, EDITORS_OWN_PASSWORD);
	}

	private static void publicationShowsOnEveryInstanceWithinTwoSeconds(HttpPages admin, HttpPages editor,
			List<Instance> instances) throws InterruptedException {
		Matcher links = ROLE_LINK.matcher(admin.get("/admin/roles").body());
		String slug = links.results()
			.map((link) -> link.group(1))
			.filter((found) -> !found.equals("new"))
			.findFirst()
			.orElseThrow();
		String page = "/roles/" + slug;
		for (Instance instance : instances) {
			instance.pages().get(page);
			instance.pages().get(page);
		}
		String role = "/admin/roles/" + slug;
		String token = HttpPages.csrfToken(admin.get(role).body());
		HttpResponse<String> drafted = admin.post(role + "/editions", HttpPages.encode(Map.of("_csrf", token)));
		assertThat(drafted.statusCode()).as("a new draft").isEqualTo(302);
		String draft = drafted.headers().firstValue("Location").orElseThrow();
		String edition = role + "/editions/" + draft.substring(draft.lastIndexOf('/') + 1);
		assertThat(admin
			.post(edition + "/submit", HttpPages.encode(Map.of("_csrf", token, "note", "Ready for a second look")))
			.statusCode()).as("submitted").isEqualTo(302);
		String note = "Published behind the load balancer " + UUID.randomUUID();
		HttpResponse<String> published = editor.submit(edition, edition + "/publish", Map.of("version",
				HttpPages.formVersion(editor.get(edition).body()), "changeKind", "MAJOR", "changeNote", note));
		assertThat(published.statusCode()).as("published: %s", published.body()).isEqualTo(302);
		long confirmed = System.nanoTime();

		List<Instance> waiting = new ArrayList<>(instances);
		Map<Integer, Duration> shownAfter = new HashMap<>();
		while (!waiting.isEmpty() && System.nanoTime() - confirmed < Duration.ofSeconds(10).toNanos()) {
			for (Instance instance : List.copyOf(waiting)) {
				if (instance.pages().get(page).body().contains(note)) {
					shownAfter.put(instance.port(), Duration.ofNanos(System.nanoTime() - confirmed));
					waiting.remove(instance);
				}
			}
			Thread.sleep(50);
		}
		System.out.println("The publication showed on each instance (by port) after " + shownAfter);
		assertThat(waiting).as("instances that never showed the publication").isEmpty();
		assertThat(shownAfter.values()).allSatisfy((after) -> assertThat(after).isLessThan(Duration.ofSeconds(2)));
	}

	private static void staleSaveOnTheOtherInstanceIsAConflict(HttpPages editor, List<Instance> instances) {
		HttpResponse<String> added = editor.submit("/admin/skills/new", "/admin/skills/new", ChangeReason
			.with(Map.of("version", "", "code", "pair-check", "name", "Checked by two instances", "description", "")));
		assertThat(added.statusCode()).as("a new skill").isEqualTo(302);
		Matcher edit = Pattern
			.compile("href=\"(/admin/skills/\\d+)/edit\">(?:(?!</a>).)*?Checked by two instances", Pattern.DOTALL)
			.matcher(editor.get("/admin/skills").body());
		assertThat(edit.find()).as("the new skill's edit link").isTrue();
		String form = edit.group(1) + "/edit";
		HttpPages onFirst = editor.on(instances.get(0).port());
		HttpPages onSecond = editor.on(instances.get(1).port());
		Matcher version = VERSION.matcher(onFirst.get(form).body());
		assertThat(version.find()).isTrue();
		Map<String, String> fields = ChangeReason
			.with(Map.of("version", version.group(1), "code", "pair-check", "description", ""));
		Map<String, String> mine = new HashMap<>(fields);
		mine.put("name", "Saved on the first instance");
		assertThat(onFirst.submit(form, form, mine).statusCode()).as("the first save").isEqualTo(302);
		Map<String, String> theirs = new HashMap<>(fields);
		theirs.put("name", "Saved on the second instance from the same version");
		HttpResponse<String> stale = onSecond.submit(form, form, theirs);
		assertThat(stale.statusCode()).as("the stale save on the other instance").isEqualTo(409);
		assertThat(stale.body()).contains("Saved on the first instance", "Saved on the second instance");
	}

	private static void rollingRestartLosesNothing(HttpPages admin, Nginx nginx, List<Instance> instances,
			Map<String, String> environment) throws Exception {
		Load load = new Load(admin, nginx.port());
		load.start(4);
		try {
			Thread.sleep(2000);
			for (Instance instance : instances) {
				long requestsBefore = load.requests.get();
				instance.restart(environment);
				System.out.printf("Instance on port %d restarted; %d requests through nginx meanwhile%n",
						instance.port(), load.requests.get() - requestsBefore);
				Thread.sleep(2000);
			}
		}
		finally {
			load.stop();
		}
		System.out.printf("Rolling restart: %d requests, %d failed%n", load.requests.get(), load.failures.size());
		assertThat(load.failures).as("requests lost during the rolling restart").isEmpty();
		assertThat(load.requests.get()).isGreaterThan(100);
		assertThat(admin.get("/admin").statusCode()).as("still signed in after both restarts").isEqualTo(200);
	}

	private static HttpPages signedIn(int port, String username, String password) {
		HttpPages browser = HttpPages.withCookies(port);
		HttpResponse<String> signIn = browser.signIn(username, password);
		assertThat(signIn.headers().firstValue("Location")).as(username + " signed in, sent on through nginx")
			.hasValueSatisfying(
					(to) -> assertThat(to).satisfiesAnyOf((location) -> assertThat(location).isEqualTo("/admin"),
							(location) -> assertThat(location).isEqualTo("http://localhost:" + port + "/admin")));
		return browser;
	}

	/**
	 * Public pages and a signed-in page, requested without pause through nginx by several
	 * clients at once.
	 */
	private static final class Load {

		private final HttpPages admin;

		private final int port;

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicLong requests = new AtomicLong();

		private final List<String> failures = new CopyOnWriteArrayList<>();

		private final List<Thread> clients = new ArrayList<>();

		Load(HttpPages admin, int port) {
			this.admin = admin;
			this.port = port;
		}

		void start(int clients) {
			for (int c = 0; c < clients; c++) {
				HttpPages visitor = new HttpPages(this.port);
				Thread client = new Thread(() -> {
					for (int i = 0; this.running.get(); i++) {
						boolean signedIn = i % 5 == 0;
						String path = signedIn ? "/admin" : PUBLIC_PAGES.get(i % PUBLIC_PAGES.size());
						try {
							int status = (signedIn ? this.admin : visitor).get(path).statusCode();
							if (status != 200) {
								this.failures.add(status + " " + path);
							}
						}
						catch (RuntimeException ex) {
							this.failures.add(ex + " " + path);
						}
						this.requests.incrementAndGet();
					}
				}, "load " + c);
				client.start();
				this.clients.add(client);
			}
		}

		void stop() throws InterruptedException {
			this.running.set(false);
			for (Thread client : this.clients) {
				client.join(30_000);
			}
		}

	}

	private static final class Instance implements AutoCloseable {

		private final Path folder;

		private final int port;

		private RunningJar jar;

		Instance(Path folder, int port) {
			this.folder = folder;
			this.port = port;
		}

		void start(Map<String, String> environment) throws Exception {
			Files.createDirectories(this.folder);
			this.jar = RunningJar.start(this.folder, this.port, environment,
					List.of("--spring.profiles.active=postgres", "--admin.second-factor.required=false"), READY_WITHIN);
		}

		/**
		 * Stops the instance as an operator would (SIGTERM: the site finishes what it has
		 * started and refuses new connections, which nginx passes to the other), then
		 * starts it again on the same port.
		 */
		void restart(Map<String, String> environment) throws Exception {
			assertThat(this.jar.stop()).as("exit status after a graceful stop, port %d", this.port).isEqualTo(143);
			start(environment);
		}

		int port() {
			return this.port;
		}

		HttpPages pages() {
			return new HttpPages(this.port);
		}

		@Override
		public void close() {
			if (this.jar != null) {
				this.jar.close();
			}
		}

	}

	/**
	 * Runs the test when nginx is installed; otherwise skips it saying so, or fails when
	 * {@code suites.required=true}.
	 */
	static class NginxInstalled implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return ExternalSuite.runWhen(Nginx.binary().isPresent(), "Several instances behind nginx",
					"nginx is not installed (apt-get install nginx)");
		}

	}

}
