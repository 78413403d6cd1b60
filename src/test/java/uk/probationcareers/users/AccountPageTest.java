package uk.probationcareers.users;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;

import static org.assertj.core.api.Assertions.assertThat;

class AccountPageTest extends AdminSiteTest {

	static final String NEW_PASSWORD = "Quiet-Harbour-Probation-31";

	@Test
	void aUserChangesTheirPasswordAndSignsInWithTheNewOne() {
		String editor = newUser(UserRole.EDITOR);
		HttpPages browser = HttpPages.withCookies(this.port);
		browser.signIn(editor, PASSWORD);
		String form = browser.get("/admin/account").body();
		assertThat(form).contains("autocomplete=\"current-password\"", "autocomplete=\"new-password\"")
			.doesNotContain("onpaste");

		HttpResponse<String> changed = change(browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(browser.get("/admin/account").body()).contains("Your password has been changed");
		assertThat(this.users.passwordMatches(editor, NEW_PASSWORD)).isTrue();
		assertThat(this.users.passwordMatches(editor, PASSWORD)).isFalse();
	}

	@Test
	void aWrongCurrentPasswordAMismatchAndACommonPasswordAreEachExplained() {
		HttpPages browser = signedIn(UserRole.EDITOR);
		assertThat(change(browser, "Not-My-Password-1", NEW_PASSWORD, NEW_PASSWORD).body())
			.contains("<title>Error: Change your password", "Your current password is not right",
					"href=\"#currentPassword\"")
			.doesNotContain("Not-My-Password-1", NEW_PASSWORD);
		assertThat(change(browser, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x").body())
			.contains("The passwords do not match");
		assertThat(change(browser, PASSWORD, "qwertyuiop123", "qwertyuiop123").body()).contains("too common");
		assertThat(change(browser, PASSWORD, "", "").body()).contains("Enter a new password");
	}

	private HttpResponse<String> change(HttpPages browser, String current, String password, String confirm) {
		return browser.submit("/admin/account", "/admin/account",
				Map.of("currentPassword", current, "newPassword", password, "confirmPassword", confirm));
	}

}
