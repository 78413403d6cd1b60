package uk.probationcareers.passkeys;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

class SecondFactorTest extends SecondFactorSiteTest {

	static final String NEW_PASSWORD = "Quiet-Harbour-Probation-31";

	@Test
	void aPasswordAloneReachesNoAdminPageAndSomeoneWithoutAPasskeyIsSentToRegisterOne() {
		String username = newUser(UserRole.ADMIN);
		HttpPages browser = withPasswordOnly(username);
		for (String page : List.of("/admin", "/admin/roles", "/admin/users", "/admin/audit", "/admin/account",
				"/admin/account/passkeys")) {
			HttpResponse<String> response = browser.get(page);
			assertThat(response.statusCode()).as(page).isEqualTo(302);
			assertThat(location(response)).as(page).endsWith(SecondFactorController.STEP);
		}
		HttpResponse<String> step = browser.get(SecondFactorController.STEP);
		assertThat(location(step)).endsWith(SecondFactorController.REGISTER);
		HttpResponse<String> register = browser.get(SecondFactorController.REGISTER);
		assertThat(register.statusCode()).isEqualTo(200);
		assertThat(register.body()).contains("Create a passkey", "/passkeys.js", "needs a passkey")
			.doesNotContain("govuk-service-navigation__list");
	}

	@Test
	void aPasswordAloneWithAPasskeyRegisteredIsSentToThePasskeyStepAndCannotAddAnother() {
		String username = newUser(UserRole.EDITOR);
		addPasskey(username, "Laptop");
		HttpPages browser = withPasswordOnly(username);
		HttpResponse<String> dashboard = browser.get("/admin");
		assertThat(location(dashboard)).endsWith(SecondFactorController.STEP);
		HttpResponse<String> step = browser.get(SecondFactorController.STEP);
		assertThat(step.statusCode()).isEqualTo(200);
		assertThat(step.body()).contains("Use your passkey", "Recovery code", "data-module=\"app-passkey-sign-in\"");
		assertThat(location(browser.get(SecondFactorController.REGISTER))).endsWith(SecondFactorController.STEP);
		String token = HttpPages.csrfToken(step.body());
		HttpResponse<String> addAnother = browser.post("/webauthn/register", "{}",
				Map.of("Content-Type", "application/json", "X-CSRF-TOKEN", token));
		assertThat(addAnother.statusCode()).isEqualTo(302);
		assertThat(location(addAnother)).endsWith(SecondFactorController.STEP);
		assertThat(this.secondFactor.passkeys(username)).hasSize(1);
	}

	@Test
	void aOneTimePasswordIsChangedFirstAndThenAPasskeyIsRegistered() {
		String username = "otp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.users.addWithOneTimePassword(username, PASSWORD, UserRole.EDITOR);
		HttpPages browser = withPasswordOnly(username);
		assertThat(location(browser.get("/admin"))).endsWith(SecondFactorController.STEP);
		assertThat(location(browser.get(SecondFactorController.STEP))).endsWith("/admin/account");
		assertThat(location(browser.get(SecondFactorController.REGISTER))).endsWith(SecondFactorController.STEP);
		assertThat(browser.get("/admin/account").body()).contains("chosen by someone else");
		browser.submit("/admin/account", "/admin/account",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD));
		assertThat(location(browser.get("/admin/account"))).endsWith(SecondFactorController.STEP);
		assertThat(location(browser.get(SecondFactorController.STEP))).endsWith(SecondFactorController.REGISTER);
		assertThat(browser.get(SecondFactorController.REGISTER).statusCode()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodeStandsInForThePasskeyOnceAndOnlyOnceAndItsUseIsAudited() {
		String username = newUser(UserRole.EDITOR);
		addPasskey(username, "Laptop");
		List<String> codes = this.secondFactor.issueRecoveryCodes(username);
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForList("SELECT code_hash FROM recovery_code WHERE username = ?", String.class,
				username))
			.hasSize(10)
			.allSatisfy((hash) -> assertThat(hash).startsWith("{bcrypt}"))
			.doesNotContainAnyElementsOf(codes);

		HttpPages first = withPasswordOnly(username);
		HttpResponse<String> used = first.submit(SecondFactorController.STEP,
				SecondFactorController.STEP + "/recovery-code", Map.of("code", codes.get(3).toUpperCase()));
		assertThat(location(used)).endsWith(SecondFactorController.PASSKEYS);
		assertThat(first.get("/admin").statusCode()).isEqualTo(200);
		assertThat(first.get(SecondFactorController.PASSKEYS).body()).contains("Laptop", "9 unused recovery codes");

		HttpPages second = withPasswordOnly(username);
		HttpResponse<String> again = second.submit(SecondFactorController.STEP,
				SecondFactorController.STEP + "/recovery-code", Map.of("code", codes.get(3)));
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("govuk-error-summary", "not right, or has already been used");
		assertThat(location(second.get("/admin"))).endsWith(SecondFactorController.STEP);
		HttpResponse<String> blank = second.submit(SecondFactorController.STEP,
				SecondFactorController.STEP + "/recovery-code", Map.of("code", " "));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("Enter a recovery code");

		assertThat(audit(username)).filteredOn((entry) -> entry.endsWith(" recoveryCodeUsed"))
			.containsExactly("UPDATE " + username + " " + first.clientAddress() + " recoveryCodeUsed");
	}

	@Test
	void theLastPasskeyCannotBeRemovedWhileTheSecondFactorIsRequired() {
		String username = newUser(UserRole.EDITOR);
		HttpPages browser = withBothFactors(username);
		String only = this.secondFactor.passkeys(username).get(0).id();
		String removeOnly = SecondFactorController.PASSKEYS + "/" + only + "/remove";
		assertThat(browser.get(SecondFactorController.PASSKEYS).body()).contains("Your only passkey")
			.doesNotContain(removeOnly);
		HttpResponse<String> refused = browser.submit(removeOnly, removeOnly, Map.of());
		assertThat(refused.body()).contains("You cannot remove your only passkey");
		assertThat(this.secondFactor.passkeys(username)).hasSize(1);

		String phone = addPasskey(username, "Phone");
		String removePhone = SecondFactorController.PASSKEYS + "/" + phone + "/remove";
		HttpResponse<String> removed = browser.submit(removePhone, removePhone, Map.of());
		assertThat(location(removed)).endsWith(SecondFactorController.PASSKEYS);
		assertThat(this.secondFactor.passkeys(username)).extracting(Passkey::name).containsExactly("Laptop");
		assertThat(audit(username)).contains("UPDATE " + username + " " + browser.clientAddress() + " passkeyRemoved");
	}

	@Test
	void theBuiltInPasskeyDeletionIsClosedSoTheLastPasskeyRuleCannotBeSidestepped() {
		String username = newUser(UserRole.EDITOR);
		HttpPages browser = withBothFactors(username);
		String token = HttpPages.csrfToken(browser.get(SecondFactorController.PASSKEYS).body());
		HttpResponse<String> delete = browser.send("DELETE",
				"/webauthn/register/" + this.secondFactor.passkeys(username).get(0).id(),
				Map.of("X-CSRF-TOKEN", token));
		assertThat(delete.statusCode()).isEqualTo(403);
		assertThat(this.secondFactor.passkeys(username)).hasSize(1);
	}

	@Test
	void anAdminResetsSomeoneElsesSecondFactorWhichIsAuditedAndTheyRegisterAgain() {
		String editor = newUser(UserRole.EDITOR);
		addPasskey(editor, "Laptop");
		this.secondFactor.issueRecoveryCodes(editor);
		HttpPages editorBrowser = withPasswordOnly(editor);
		assertThat(location(editorBrowser.get(SecondFactorController.STEP))).isEmpty();

		String adminName = newUser(UserRole.ADMIN);
		HttpPages admin = withBothFactors(adminName);
		long id = this.users.findByUsername(editor).orElseThrow().id();
		assertThat(admin.get("/admin/users").body()).contains("/admin/users/" + id + "/second-factor");
		String reset = "/admin/users/" + id + "/second-factor";
		assertThat(admin.get(reset).body()).contains("Reset " + editor, "second factor?");
		HttpResponse<String> done = admin.submit(reset, reset, Map.of());
		assertThat(location(done)).endsWith("/admin/users");

		assertThat(this.secondFactor.passkeys(editor)).isEmpty();
		assertThat(this.secondFactor.hasRecoveryCodes(editor)).isFalse();
		assertThat(audit(editor)).contains("UPDATE " + adminName + " " + admin.clientAddress() + " secondFactorReset");
		assertThat(admin.get("/admin/audit").body()).contains("Second factor reset", "Passkey removed")
			.doesNotContain("??");
		assertThat(editorBrowser.get("/admin").statusCode()).as("their session ended").isEqualTo(302);
		assertThat(location(editorBrowser.get("/admin"))).endsWith("/admin/sign-in");
		HttpPages again = withPasswordOnly(editor);
		assertThat(location(again.get(SecondFactorController.STEP))).endsWith(SecondFactorController.REGISTER);
	}

	@Test
	void anAdminCannotResetTheirOwnSecondFactor() {
		String adminName = newUser(UserRole.ADMIN);
		HttpPages admin = withBothFactors(adminName);
		long id = this.users.findByUsername(adminName).orElseThrow().id();
		String reset = "/admin/users/" + id + "/second-factor";
		HttpResponse<String> refused = admin.submit(reset, reset, Map.of());
		assertThat(refused.body()).contains("You cannot reset your own second factor");
		assertThat(this.secondFactor.passkeys(adminName)).hasSize(1);
	}

	@Test
	void anEditorCannotResetAnotherUsersSecondFactor() {
		String other = newUser(UserRole.EDITOR);
		addPasskey(other, "Laptop");
		HttpPages editor = withBothFactors(newUser(UserRole.EDITOR));
		long id = this.users.findByUsername(other).orElseThrow().id();
		assertThat(editor.get("/admin/users/" + id + "/second-factor").statusCode()).isEqualTo(403);
		String token = HttpPages.csrfToken(editor.get(SecondFactorController.PASSKEYS).body());
		assertThat(editor.post("/admin/users/" + id + "/second-factor", "_csrf=" + token).statusCode()).isEqualTo(403);
		assertThat(this.secondFactor.passkeys(other)).hasSize(1);
	}

}
