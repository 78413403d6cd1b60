package uk.probationcareers.support;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserRole;

/**
 * A test of the admin area over real HTTP, with a fresh user of each role for every test.
 */
public abstract class AdminSiteTest extends RunningSiteTest {

	/**
	 * A password every rule accepts.
	 */
	public static final String PASSWORD = "Lantern-Orchard-Probation-42";

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	protected AdminUsers users;

	@Autowired
	protected MovableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/**
	 * Adds a user with a name no other test uses, and the shared test password.
	 */
	protected String newUser(UserRole role) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, role);
		return username;
	}

	/**
	 * A client address no other test uses, for a browser sent {@code from} it.
	 */
	protected static String newAddress() {
		int n = addresses.incrementAndGet();
		return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
	}

	/**
	 * A browser-like client signed in as a new user of the role.
	 */
	protected HttpPages signedIn(UserRole role) {
		HttpPages browser = HttpPages.withCookies(this.port);
		browser.signIn(newUser(role), PASSWORD);
		return browser;
	}

}
