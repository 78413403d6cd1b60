package uk.probationcareers.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;

import uk.probationcareers.support.ChangeReason;
import uk.probationcareers.support.HttpPages;

/**
 * Two editors at work at once, each as fast as the forms allow: one adding skills, the
 * other publishing the editions an admin drafts and sends for review, role after role.
 * Each keeps going until the site stops answering, and keeps what the site confirmed (its
 * redirect received). A failure before the site is being killed is unexpected.
 */
class Bursts {

	record Publication(String slug, int number, String note) {
	}

	private final List<String> savedSkills = new CopyOnWriteArrayList<>();

	private final List<Publication> publications = new CopyOnWriteArrayList<>();

	private final List<String> unexpected = new CopyOnWriteArrayList<>();

	private final List<Thread> threads;

	private volatile boolean killing;

	Bursts(HttpPages saver, HttpPages admin, HttpPages publisher, List<String> roles) {
		String saverToken = HttpPages.csrfToken(saver.get("/admin/skills/new").body());
		String adminToken = HttpPages.csrfToken(admin.get("/admin/roles/" + roles.get(0)).body());
		String publisherToken = HttpPages.csrfToken(publisher.get("/admin/skills/new").body());
		this.threads = List.of(new Thread(() -> repeat((i) -> {
			String code = "crash-check-" + i;
			HttpResponse<String> saved = saver.post("/admin/skills/new",
					HttpPages
						.encode(Map.of("_csrf", saverToken, "version", "", "code", code, "name", "Crash check " + i,
								"description", "Saved in a burst", ChangeReason.FIELD, ChangeReason.TEXT)));
			expectRedirect(saved, "/admin/skills", "saving skill " + code);
			this.savedSkills.add(code);
		}), "skill saves"), new Thread(() -> repeat((i) -> {
			String slug = roles.get(i % roles.size());
			String role = "/admin/roles/" + slug;
			String draft = redirect(admin.post(role + "/editions", HttpPages.encode(Map.of("_csrf", adminToken))),
					"a new draft of " + slug);
			int number = Integer.parseInt(draft.substring(draft.lastIndexOf('/') + 1));
			String edition = role + "/editions/" + number;
			expectRedirect(
					admin.post(edition + "/submit",
							HttpPages.encode(Map.of("_csrf", adminToken, "note", "Ready for a second look"))),
					edition, "submitting " + edition);
			String note = "Crash check: " + slug + " edition " + number;
			expectRedirect(publisher.post(edition + "/publish",
					HttpPages.encode(Map.of("_csrf", publisherToken, "version",
							HttpPages.formVersion(publisher.get(edition).body()), "changeKind", "MAJOR", "changeNote",
							note))),
					role, "publishing " + edition);
			this.publications.add(new Publication(slug, number, note));
		}), "publications"));
	}

	void start() {
		this.threads.forEach(Thread::start);
	}

	/**
	 * Waits at least {@code atLeast}, and until both editors have had that many saves
	 * confirmed, or {@code atMost} has passed, or either has stopped.
	 */
	void awaitProgress(Duration atLeast, int skills, int publications, Duration atMost) throws InterruptedException {
		long start = System.nanoTime();
		while (System.nanoTime() - start < atMost.toNanos() && this.threads.stream().allMatch(Thread::isAlive)) {
			if (System.nanoTime() - start >= atLeast.toNanos() && this.savedSkills.size() >= skills
					&& this.publications.size() >= publications) {
				return;
			}
			Thread.sleep(50);
		}
	}

	/**
	 * From now on the site may stop answering at any moment.
	 */
	void killing() {
		this.killing = true;
	}

	void awaitEnd() throws InterruptedException {
		for (Thread thread : this.threads) {
			thread.join(Duration.ofSeconds(30).toMillis());
		}
	}

	List<String> savedSkills() {
		return List.copyOf(this.savedSkills);
	}

	List<Publication> publications() {
		return List.copyOf(this.publications);
	}

	List<String> unexpected() {
		return List.copyOf(this.unexpected);
	}

	private void repeat(IntConsumer step) {
		for (int i = 1;; i++) {
			try {
				step.accept(i);
			}
			catch (RuntimeException ex) {
				// The connection fails once the site is killed: the request was never
				// confirmed.
				if (!this.killing) {
					this.unexpected.add(Thread.currentThread().getName() + ": " + ex);
				}
				return;
			}
			catch (AssertionError ex) {
				this.unexpected.add(Thread.currentThread().getName() + ": " + ex.getMessage());
				return;
			}
		}
	}

	private static void expectRedirect(HttpResponse<String> response, String to, String what) {
		String location = redirect(response, what);
		if (!location.endsWith(to)) {
			throw new AssertionError(what + " went to " + location + ", not " + to);
		}
	}

	private static String redirect(HttpResponse<String> response, String what) {
		if (response.statusCode() != 302) {
			throw new AssertionError(what + " answered " + response.statusCode() + ", not a redirect");
		}
		return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError(what + ": no Location"));
	}

}
