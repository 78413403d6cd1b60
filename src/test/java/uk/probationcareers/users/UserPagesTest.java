package uk.probationcareers.users;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;

import static org.assertj.core.api.Assertions.assertThat;

class UserPagesTest extends AdminSiteTest {

	@Test
	void anAdminAddsAnEditorWhoCanThenSignIn() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		HttpResponse<String> added = addUser(admin, "new.editor-" + System.nanoTime() % 100000, "EDITOR",
				"Fresh-Start-Probation-99", "Fresh-Start-Probation-99");
		assertThat(added.statusCode()).isEqualTo(302);
		String list = admin.get("/admin/users").body();
		assertThat(list).contains("added", "govuk-notification-banner--success");
	}

	@Test
	void anAdminDisablesAfterConfirmingThenReEnablesAndTheDisabledUserIsSignedOut() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		String editorName = newUser(UserRole.EDITOR);
		HttpPages editor = HttpPages.withCookies(this.port);
		editor.signIn(editorName, PASSWORD);
		assertThat(editor.get("/admin").statusCode()).isEqualTo(200);
		long id = idOf(editorName);

		String confirm = admin.get("/admin/users/" + id + "/disable").body();
		assertThat(confirm).contains("Disable " + editorName + "?");
		HttpResponse<String> disabled = admin.submit("/admin/users/" + id + "/disable",
				"/admin/users/" + id + "/disable", Map.of());
		assertThat(disabled.statusCode()).isEqualTo(302);
		assertThat(this.users.find(id).orElseThrow().enabled()).isFalse();
		assertThat(editor.get("/admin").statusCode()).as("their session has ended").isEqualTo(302);

		admin.submit("/admin/users", "/admin/users/" + id + "/enable", Map.of());
		assertThat(this.users.find(id).orElseThrow().enabled()).isTrue();
	}

	@Test
	void anAdminCannotDisableThemselves() {
		HttpPages admin = HttpPages.withCookies(this.port);
		String me = newUser(UserRole.ADMIN);
		admin.signIn(me, PASSWORD);
		long id = idOf(me);
		assertThat(admin.get("/admin/users/" + id + "/disable").body()).contains("You cannot disable yourself")
			.doesNotContain("Disable user</button>");
		HttpResponse<String> refused = admin.submit("/admin/users", "/admin/users/" + id + "/disable", Map.of());
		assertThat(refused.body()).contains("<title>Error: ", "You cannot disable yourself");
		assertThat(this.users.find(id).orElseThrow().enabled()).isTrue();
	}

	@Test
	void aMismatchedConfirmationIsShownWithTheUsernameKeptAndNoPasswordReShown() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		HttpResponse<String> page = addUser(admin, "kept.name", "EDITOR", "Fresh-Start-Probation-99",
				"Fresh-Start-Probation-98");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("<title>Error: Add a user", "The passwords do not match", "href=\"#confirmPassword\"",
					"value=\"kept.name\"", "checked")
			.doesNotContain("Fresh-Start-Probation-9");
	}

	@Test
	void aShortAndACommonFirstPasswordAreRefused() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		assertThat(addUser(admin, "shorty", "EDITOR", "short-pass", "short-pass").body())
			.contains("at least 12 characters");
		assertThat(addUser(admin, "common", "EDITOR", "passwordpassword", "passwordpassword").body())
			.contains("too common");
		assertThat(addUser(admin, "toolong", "EDITOR", "x".repeat(73), "x".repeat(73)).body()).contains("72 bytes");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('x')</script>", "name\u0000with\u0007controls", "\u202Eevil\u202C",
			"emoji-\uD83D\uDE00", "\" onfocus=\"alert(1)" })
	void hostileUsernamesAreRefusedAndShownEscaped(String username) {
		HttpPages admin = signedIn(UserRole.ADMIN);
		HttpResponse<String> page = addUser(admin, username, "EDITOR", "Fresh-Start-Probation-99",
				"Fresh-Start-Probation-99");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Usernames can only have").doesNotContain("<script>alert", "\" onfocus=\"");
	}

	@Test
	void aMegabyteUsernameAndAnUnknownRoleAreRefusedWithoutAServerError() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		HttpResponse<String> page = addUser(admin, "u".repeat(1_000_000), "<script>", "x".repeat(1_000_000), "y");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Usernames can only have", "Choose a role", "72 bytes")
			.doesNotContain("<script>", "Failed to convert");
	}

	@Test
	void anEditorCannotSeeTheUsersPages() {
		HttpPages editor = signedIn(UserRole.EDITOR);
		assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin/users/new").statusCode()).isEqualTo(403);
		assertThat(editor.get("/admin").body()).doesNotContain("href=\"/admin/users\"");
	}

	@Test
	void anUnknownUserIdIsNotFound() {
		HttpPages admin = signedIn(UserRole.ADMIN);
		assertThat(admin.get("/admin/users/999999/disable").statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> addUser(HttpPages admin, String username, String role, String password,
			String confirm) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("role", role);
		fields.put("newPassword", password);
		fields.put("confirmPassword", confirm);
		return admin.submit("/admin/users/new", "/admin/users/new", fields);
	}

	private long idOf(String username) {
		return this.users.list()
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
