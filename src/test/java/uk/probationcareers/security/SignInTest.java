package uk.probationcareers.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

class SignInTest extends AdminSiteTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theRightPasswordReachesTheDashboardWithANewSessionIdKeptInTheDatabase() {
		String editor = newUser(UserRole.EDITOR);
		HttpPages browser = HttpPages.withCookies(this.port);
		browser.get("/admin/sign-in");
		String before = browser.cookie("SESSION").orElseThrow();

		HttpResponse<String> signIn = browser.submit("/admin/sign-in", "/admin/sign-in",
				Map.of("username", editor, "password", PASSWORD));

		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin"));
		assertThat(browser.cookie("SESSION")).isPresent().isNotEqualTo(java.util.Optional.of(before));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?",
				Integer.class, editor))
			.isEqualTo(1);
	}

	@Test
	void aWrongPasswordAndAnUnknownUserGetTheSameMessageWithTheUsernameKeptAndNoPasswordShown() {
		String editor = newUser(UserRole.EDITOR);
		String wrongPassword = signInPageAfter(editor, "Not-The-Password-123");
		String unknownUser = signInPageAfter("nobody-" + editor, "Not-The-Password-123");

		for (String page : new String[] { wrongPassword, unknownUser }) {
			assertThat(page).contains("<title>Error: Sign in", "There is a problem",
					"Enter a correct username and password", "href=\"#username\"");
			assertThat(page).doesNotContain("Not-The-Password-123");
		}
		assertThat(wrongPassword).contains("value=\"" + editor + "\"");
	}

	@Test
	void fiveFailuresFromOneAddressLockAUsernameThereForFifteenMinutesWithTheSameMessageThenItIsReleased() {
		String editor = newUser(UserRole.EDITOR);
		HttpPages browser = HttpPages.withCookies(this.port).from(newAddress());
		for (int i = 0; i < 5; i++) {
			assertThat(failed(browser.signIn(editor, "Wrong-Password-Number-" + i))).isTrue();
		}
		HttpResponse<String> locked = browser.signIn(editor, PASSWORD);
		assertThat(failed(locked)).as("the right password is refused while locked").isTrue();
		String lockedPage = browser.get("/admin/sign-in?error").body();
		assertThat(lockedPage).contains("Enter a correct username and password");

		this.clock.moveForward(Duration.ofMinutes(14));
		assertThat(failed(browser.signIn(editor, PASSWORD))).as("still locked after 14 minutes").isTrue();

		this.clock.moveForward(Duration.ofMinutes(2));
		assertThat(failed(browser.signIn(editor, PASSWORD))).as("released after 15 minutes").isFalse();
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void fourFailuresDoNotLockAndASuccessClearsTheCount() {
		String editor = newUser(UserRole.EDITOR);
		String address = newAddress();
		HttpPages browser = HttpPages.withCookies(this.port).from(address);
		for (int i = 0; i < 4; i++) {
			browser.signIn(editor, "Wrong-Password-Number-" + i);
		}
		assertThat(failed(browser.signIn(editor, PASSWORD))).isFalse();
		HttpPages another = HttpPages.withCookies(this.port).from(address);
		for (int i = 0; i < 4; i++) {
			another.signIn(editor, "Wrong-Password-Number-" + i);
		}
		assertThat(failed(another.signIn(editor, PASSWORD))).isFalse();
	}

	@Test
	void aDisabledUserCannotSignInAndGetsTheSameMessage() {
		String editor = newUser(UserRole.EDITOR);
		long id = this.users.list()
			.stream()
			.filter((user) -> user.username().equals(editor))
			.findFirst()
			.orElseThrow()
			.id();
		this.users.setEnabled(id, false);
		assertThat(signInPageAfter(editor, PASSWORD)).contains("Enter a correct username and password");
	}

	@Test
	void signingOutIsAPostThatEndsTheSession() {
		HttpPages browser = signedIn(UserRole.EDITOR);
		assertThat(browser.get("/admin/sign-out").statusCode()).as("a GET does not sign out").isNotEqualTo(302);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);

		HttpResponse<String> signOut = browser.submit("/admin", "/admin/sign-out", Map.of());
		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/admin/sign-in?signedOut"));
		assertThat(browser.get("/admin").statusCode()).isEqualTo(302);
		assertThat(browser.get("/admin/sign-in?signedOut").body()).contains("You have signed out");
	}

	private String signInPageAfter(String username, String password) {
		HttpPages browser = HttpPages.withCookies(this.port).from(newAddress());
		HttpResponse<String> response = browser.signIn(username, password);
		assertThat(failed(response)).isTrue();
		return browser.get("/admin/sign-in?error").body();
	}

	private static boolean failed(HttpResponse<String> signIn) {
		assertThat(signIn.statusCode()).isEqualTo(302);
		return signIn.headers().firstValue("Location").orElseThrow().endsWith("/admin/sign-in?error");
	}

}
