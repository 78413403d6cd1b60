package uk.probationcareers.security;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest extends AdminSiteTest {

	private static final String WRONG = "Wrong-Password-Tried-Again";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SignInHousekeeping housekeeping;

	@Test
	void anAttackerSendingWrongPasswordsForeverFromOneAddressCannotStopTheOwnerSigningInFromAnother() {
		String admin = newUser(UserRole.ADMIN);
		HttpPages attacker = HttpPages.withCookies(this.port).from(newAddress());
		for (int round = 0; round < 2; round++) {
			for (int i = 0; i < 6; i++) {
				attacker.signIn(admin, WRONG + i);
			}
			assertThat(failed(attacker.signIn(admin, PASSWORD))).as("the attacker's address is locked").isTrue();

			HttpPages owner = HttpPages.withCookies(this.port).from(newAddress());
			assertThat(failed(owner.signIn(admin, PASSWORD))).as("the owner signs in from elsewhere").isFalse();
			assertThat(owner.get("/admin").statusCode()).isEqualTo(200);
			this.clock.moveForward(Duration.ofMinutes(16));
		}
	}

	@Test
	void sprayingOnePasswordAcrossManyUsernamesFromOneAddressIsRefused() {
		String editor = newUser(UserRole.EDITOR);
		String address = newAddress();
		HttpPages sprayer = HttpPages.withCookies(this.port).from(address);
		for (int i = 0; i < 20; i++) {
			assertThat(failed(sprayer.signIn("someone-" + i + "-" + editor, PASSWORD))).isTrue();
		}
		assertThat(failed(sprayer.signIn(editor, PASSWORD))).as("the right password from that address").isTrue();
		assertThat(failed(HttpPages.withCookies(this.port).from(newAddress()).signIn(editor, PASSWORD)))
			.as("the same user from another address")
			.isFalse();
		assertThat(failures(SignInScope.ADDRESS, SignInThrottle.key(address))).isEqualTo(20);
	}

	@Test
	void guessingOneUsernameFromManyAddressesLocksItExceptFromAnAddressItSignedInFrom() {
		String admin = newUser(UserRole.ADMIN);
		String usual = newAddress();
		assertThat(failed(HttpPages.withCookies(this.port).from(usual).signIn(admin, PASSWORD))).isFalse();
		// 49 failures from other addresses already counted, as a botnet would spread them
		this.jdbc.update("UPDATE sign_in_counter SET failures = 49 WHERE scope = 'USERNAME' AND subject_key = ?",
				SignInThrottle.key(admin));
		HttpPages guesser = HttpPages.withCookies(this.port).from(newAddress());
		assertThat(failed(guesser.signIn(admin, WRONG))).isTrue();
		assertThat(failed(HttpPages.withCookies(this.port).from(newAddress()).signIn(admin, PASSWORD)))
			.as("a new address is held back")
			.isTrue();
		assertThat(failed(HttpPages.withCookies(this.port).from(usual).signIn(admin, PASSWORD)))
			.as("the owner's usual address is not")
			.isFalse();
		assertThat(failures(SignInScope.USERNAME, SignInThrottle.key(admin))).isEqualTo(50);
	}

	@Test
	void twentyParallelWrongPasswordsAreCountedAndCheckedNoMoreThanTheLimit() throws Exception {
		String editor = newUser(UserRole.EDITOR);
		String address = newAddress();
		List<HttpPages> browsers = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			HttpPages browser = HttpPages.withCookies(this.port).from(address);
			tokens.add(HttpPages.csrfToken(browser.get("/admin/sign-in").body()));
			browsers.add(browser);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(20);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				HttpPages browser = browsers.get(i);
				String form = HttpPages
					.encode(java.util.Map.of("username", editor, "password", WRONG + i, "_csrf", tokens.get(i)));
				answers.add(threads.submit(() -> {
					start.await();
					return browser.post("/admin/sign-in", form);
				}));
			}
			start.countDown();
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(failed(answer.get())).isTrue();
			}
		}
		finally {
			threads.shutdownNow();
		}
		String pair = SignInThrottle.key(SignInThrottle.key(editor) + " " + SignInThrottle.key(address));
		assertThat(failures(SignInScope.PAIR, pair)).isEqualTo(5);
		assertThat(failures(SignInScope.ADDRESS, SignInThrottle.key(address))).isEqualTo(5);
		assertThat(failures(SignInScope.USERNAME, SignInThrottle.key(editor))).isEqualTo(5);
		assertThat(failed(HttpPages.withCookies(this.port).from(address).signIn(editor, PASSWORD))).isTrue();
	}

	@Test
	void theLockOnOneAddressLiftsAfterTheLockoutFromItsLastFailure() {
		String editor = newUser(UserRole.EDITOR);
		HttpPages browser = HttpPages.withCookies(this.port).from(newAddress());
		for (int i = 0; i < 5; i++) {
			browser.signIn(editor, WRONG + i);
		}
		this.clock.moveForward(Duration.ofMinutes(14));
		assertThat(failed(browser.signIn(editor, PASSWORD))).as("still locked after 14 minutes").isTrue();
		this.clock.moveForward(Duration.ofMinutes(2));
		assertThat(failed(browser.signIn(editor, PASSWORD))).as("lifted after 15 minutes").isFalse();
	}

	@Test
	void housekeepingForgetsOnlyWhatNoLongerCountsAndRunsOnceAtATimeAcrossInstances() {
		String admin = newUser(UserRole.ADMIN);
		String attackerAddress = newAddress();
		HttpPages attacker = HttpPages.withCookies(this.port).from(attackerAddress);
		for (int i = 0; i < 6; i++) {
			attacker.signIn(admin, WRONG + i);
		}
		String ownerAddress = newAddress();
		assertThat(failed(HttpPages.withCookies(this.port).from(ownerAddress).signIn(admin, PASSWORD))).isFalse();
		this.clock.moveForward(Duration.ofDays(31));
		String laterAddress = newAddress();
		HttpPages later = HttpPages.withCookies(this.port).from(laterAddress);
		assertThat(failed(later.signIn(admin, WRONG))).isTrue();

		this.housekeeping.forgetWhatNoLongerCounts();

		assertThat(counters(SignInScope.PAIR, pairKey(admin, attackerAddress))).as("the old lock's counter").isZero();
		assertThat(counters(SignInScope.PAIR, pairKey(admin, laterAddress))).as("a counter still in its window")
			.isOne();
		assertThat(knownAddresses()).as("addresses signed in from more than 30 days ago").isZero();

		this.clock.moveForward(Duration.ofMinutes(16));
		this.housekeeping.forgetWhatNoLongerCounts();
		assertThat(counters(SignInScope.PAIR, pairKey(admin, laterAddress)))
			.as("a second run straight after the first is skipped: the database lock is held for a minute")
			.isOne();
	}

	private static String pairKey(String username, String address) {
		return SignInThrottle.key(SignInThrottle.key(username) + " " + SignInThrottle.key(address));
	}

	private int counters(SignInScope scope, String key) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_counter WHERE scope = ? AND subject_key = ?",
				Integer.class, scope.name(), key);
	}

	private int knownAddresses() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_known_address WHERE last_success_at < ?",
				Integer.class, Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))));
	}

	private int failures(SignInScope scope, String key) {
		return this.jdbc.queryForObject("SELECT failures FROM sign_in_counter WHERE scope = ? AND subject_key = ?",
				Integer.class, scope.name(), key);
	}

	private static boolean failed(HttpResponse<String> signIn) {
		assertThat(signIn.statusCode()).isEqualTo(302);
		return signIn.headers().firstValue("Location").orElseThrow().endsWith("/admin/sign-in?error");
	}

}
