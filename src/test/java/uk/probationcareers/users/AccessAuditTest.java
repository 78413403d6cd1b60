package uk.probationcareers.users;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class AccessAuditTest extends AdminSiteTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void addingDisablingReEnablingAndPasswordChangesAreAuditedWithWhoAndFromWhere() {
		String adminAddress = newAddress();
		String admin = newUser(UserRole.ADMIN);
		HttpPages browser = HttpPages.withCookies(this.port).from(adminAddress);
		browser.signIn(admin, PASSWORD);
		String added = "added-" + UUID.randomUUID().toString().substring(0, 8);
		browser.submit("/admin/users/new", "/admin/users/new",
				Map.of("username", added, "role", "EDITOR", "newPassword", PASSWORD, "confirmPassword", PASSWORD));
		long id = this.users.list().stream().filter((u) -> u.username().equals(added)).findFirst().orElseThrow().id();
		browser.submit("/admin/users/" + id + "/disable", "/admin/users/" + id + "/disable", Map.of());
		browser.submit("/admin/users", "/admin/users/" + id + "/enable", Map.of());

		String userAddress = newAddress();
		HttpPages user = HttpPages.withCookies(this.port).from(userAddress);
		user.signIn(added, PASSWORD);
		user.submit("/admin/account", "/admin/account", Map.of("currentPassword", PASSWORD, "newPassword",
				AccountPageTest.NEW_PASSWORD, "confirmPassword", AccountPageTest.NEW_PASSWORD));

		assertThat(entries(added)).containsExactly("CREATE " + admin + " " + adminAddress,
				"DISABLE " + admin + " " + adminAddress, "ENABLE " + admin + " " + adminAddress,
				"PASSWORD_CHANGE " + added + " " + userAddress);
		String audit = browser.get("/admin/audit").body();
		assertThat(audit).contains("Disabled", "Re-enabled", "Password changed", adminAddress, userAddress);
	}

	@Test
	void aSignInLockedByTheThrottleIsAuditedOnceWithTheAddress() {
		String editor = newUser(UserRole.EDITOR);
		String address = newAddress();
		HttpPages attacker = HttpPages.withCookies(this.port).from(address);
		for (int i = 0; i < 7; i++) {
			attacker.signIn(editor, "Wrong-Password-" + i);
		}
		assertThat(entries(editor)).containsExactly("CREATE system null", "SIGN_IN_LOCK - " + address);
		HttpPages admin = signedIn(UserRole.ADMIN);
		assertThat(admin.get("/admin/audit").body()).contains("Sign-in locked", address, "PAIR");
	}

	@Test
	void accessDenialsAreLoggedWithTheAddress(CapturedOutput output) {
		String address = newAddress();
		String editor = newUser(UserRole.EDITOR);
		HttpPages browser = HttpPages.withCookies(this.port).from(address);
		browser.signIn(editor, PASSWORD);
		assertThat(browser.get("/admin/users").statusCode()).isEqualTo(403);
		assertThat(output.getOut()).contains("Access denied for '" + editor + "' from " + address);
	}

	private List<String> entries(String label) {
		return this.jdbc.queryForList(
				"SELECT action || ' ' || username || ' ' || COALESCE(source_address, 'null') FROM audit_entry "
						+ "WHERE record_label = ? ORDER BY id",
				String.class, label);
	}

}
