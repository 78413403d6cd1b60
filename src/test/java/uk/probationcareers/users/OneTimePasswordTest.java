package uk.probationcareers.users;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimePasswordTest extends AdminSiteTest {

	@Autowired
	AdminUserRepository repository;

	@Test
	void someoneGivenAPasswordByAnAdminReachesNothingButTheAccountPageUntilTheyChooseTheirOwn() {
		String editor = oneTimeUser();
		HttpPages browser = HttpPages.withCookies(this.port);
		browser.signIn(editor, PASSWORD);
		for (String page : new String[] { "/admin", "/admin/skills", "/admin/audit", "/admin/roles" }) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/admin/account");
		}
		assertThat(browser.get("/admin/account").body()).contains("Your password was chosen by someone else");

		change(browser, PASSWORD, AccountPageTest.NEW_PASSWORD);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		assertThat(browser.get("/admin/account").body()).doesNotContain("chosen by someone else");
	}

	@Test
	void anAdminAddingAUserThroughThePageGivesThemAOneTimePassword() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
		admin.submit("/admin/users/new", "/admin/users/new",
				Map.of("username", username, "role", "EDITOR", "newPassword", PASSWORD, "confirmPassword", PASSWORD));
		assertThat(this.users.mustChangePassword(username)).isTrue();
	}

	@Test
	void aOneTimePasswordUnusedFor24HoursNoLongerSignsIn() {
		String editor = oneTimeUser();
		this.clock.moveForward(Duration.ofHours(24));
		HttpResponse<String> signIn = HttpPages.withCookies(this.port).from(newAddress()).signIn(editor, PASSWORD);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in?error");
	}

	@Test
	void aPasswordOfOnesOwnDoesNotExpire() {
		String editor = newUser(UserRole.EDITOR);
		this.clock.moveForward(Duration.ofDays(400));
		HttpPages browser = HttpPages.withCookies(this.port);
		browser.signIn(editor, PASSWORD);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
	}

	@Test
	void changingYourPasswordSignsOutYourOtherSessionsButNotThisOne() {
		String editor = newUser(UserRole.EDITOR);
		HttpPages here = HttpPages.withCookies(this.port);
		HttpPages elsewhere = HttpPages.withCookies(this.port);
		here.signIn(editor, PASSWORD);
		elsewhere.signIn(editor, PASSWORD);
		assertThat(elsewhere.get("/admin").statusCode()).isEqualTo(200);

		change(here, PASSWORD, AccountPageTest.NEW_PASSWORD);

		assertThat(here.get("/admin").statusCode()).isEqualTo(200);
		HttpResponse<String> ended = elsewhere.get("/admin");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in");
	}

	@Test
	void theGeneratedFirstPasswordMustBeChanged() {
		this.repository.deleteAll();
		new BootstrapAdmin(this.users, new PasswordRules(), "", "").createFirstAdminIfNone();
		assertThat(this.users.mustChangePassword("admin")).isTrue();
	}

	private String oneTimeUser() {
		String username = "given-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.addWithOneTimePassword(username, PASSWORD, UserRole.EDITOR);
		return username;
	}

	private static void change(HttpPages browser, String current, String next) {
		HttpResponse<String> changed = browser.submit("/admin/account", "/admin/account",
				Map.of("currentPassword", current, "newPassword", next, "confirmPassword", next));
		assertThat(changed.statusCode()).isEqualTo(302);
	}

}
