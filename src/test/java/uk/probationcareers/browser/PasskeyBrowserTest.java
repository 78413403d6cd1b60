package uk.probationcareers.browser;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.passkeys.SecondFactor;
import uk.probationcareers.support.RunningJar;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passkeys in a real browser, with Chromium's virtual authenticator standing in for a
 * phone or security key: created at the first sign-in, then used at the next one. The
 * site runs at http://localhost on a port chosen before it starts, so that its
 * {@code site.base-url} (the passkeys' relying party and only allowed origin) is the
 * address the browser opens: browsers allow passkeys over plain HTTP from localhost.
 */
@TestPropertySource(properties = SecondFactor.REQUIRED + "=true")
class PasskeyBrowserTest extends BrowserTest {

	static final String PASSWORD = "Lantern-Orchard-Probation-42";

	private static final int PORT = RunningJar.freePort();

	@DynamicPropertySource
	static void siteAtLocalhost(DynamicPropertyRegistry properties) {
		properties.add("server.port", () -> PORT);
		properties.add("site.base-url", () -> "http://localhost:" + PORT);
	}

	@Autowired
	AdminUsers users;

	@Autowired
	SecondFactor secondFactor;

	VirtualAuthenticator authenticator;

	@BeforeEach
	void addAuthenticator() {
		this.authenticator = this.browser.addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true));
	}

	@AfterEach
	void removeAuthenticator() {
		this.browser.removeVirtualAuthenticator(this.authenticator);
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void anAdminCreatesAPasskeyAtTheFirstSignInAndUsesItAtTheNext() {
		String username = "passkey-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.ADMIN);
		assertThat(this.port).isEqualTo(PORT);

		signInWithPassword(username);
		waitForTitle("Create a passkey");
		assertThat(accessibilityViolations()).isEmpty();
		this.browser.findElement(By.cssSelector("#passkey-form button[type=submit]")).click();
		waitFor(() -> this.browser.findElement(By.id("passkey-problem")).isDisplayed());
		assertThat(this.browser.findElement(By.id("passkey-problem")).getText()).contains("Enter a name");
		assertThat(accessibilityViolations()).isEmpty();
		this.browser.findElement(By.id("name")).sendKeys("Test laptop", Keys.ENTER);

		waitForTitle("Your recovery codes");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(this.browser.findElements(By.cssSelector(".app-recovery-codes li"))).hasSize(10);
		assertThat(this.authenticator.getCredentials()).hasSize(1);
		this.browser.findElement(By.linkText("I have kept my codes safe")).click();

		waitForTitle("Use your passkey");
		assertThat(accessibilityViolations()).isEmpty();
		this.browser.findElement(By.id("use-passkey")).sendKeys(Keys.ENTER);
		waitForTitle("Dashboard");

		this.browser.findElement(By.cssSelector(".app-admin-bar button")).click();
		waitForTitle("Sign in");
		signInWithPassword(username);
		waitForTitle("Use your passkey");
		this.browser.findElement(By.id("use-passkey")).click();
		waitForTitle("Dashboard");

		open("/admin/account/passkeys");
		waitForTitle("Your passkeys");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(this.browser.findElement(By.cssSelector(".govuk-table")).getText()).contains("Test laptop")
			.doesNotContain("Not used yet");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theOtherPasskeyPagesHaveNoAccessibilityFailures() {
		String username = "passkey-axe-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.ADMIN);
		String other = "other-" + username;
		this.users.add(other, PASSWORD, UserRole.EDITOR);
		signInWithPassword(username);
		waitForTitle("Create a passkey");
		this.browser.findElement(By.id("name")).sendKeys("Phone", Keys.ENTER);
		waitForTitle("Your recovery codes");
		String code = this.browser.findElement(By.cssSelector(".app-recovery-codes li code")).getText();
		open("/admin");
		waitForTitle("Use your passkey");
		this.browser.findElement(By.id("code")).sendKeys("wrong-code1", Keys.ENTER);
		waitForTitle("Error: Use your passkey");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(consoleErrors()).as("only the refused code's 400")
			.singleElement()
			.satisfies((error) -> assertThat(error).contains("recovery-code", "400"));
		WebElement typed = this.browser.findElement(By.id("code"));
		assertThat(typed.getDomProperty("value")).as("the input kept").isEqualTo("wrong-code1");
		typed.clear();
		typed.sendKeys(code, Keys.ENTER);
		waitForTitle("Your passkeys");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("recovery code");

		String only = this.secondFactor.passkeys(username).get(0).id();
		open("/admin/account/passkeys/" + only + "/remove");
		waitForTitle("Error: Remove a passkey");
		assertThat(accessibilityViolations()).isEmpty();
		open("/admin/users/" + this.users.findByUsername(other).orElseThrow().id() + "/second-factor");
		waitForTitle("Reset a second factor");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(consoleErrors()).isEmpty();
	}

	private void signInWithPassword(String username) {
		open("/admin/sign-in");
		this.browser.findElement(By.id("username")).sendKeys(username);
		WebElement password = this.browser.findElement(By.id("password"));
		password.sendKeys(PASSWORD, Keys.ENTER);
	}

	private void waitForTitle(String start) {
		// Generous: checking a recovery code compares it with ten bcrypt hashes.
		new WebDriverWait(this.browser, Duration.ofSeconds(40))
			.withMessage(() -> "the page is " + this.browser.getCurrentUrl() + ", " + this.browser.getTitle())
			.until((browser) -> browser.getTitle().startsWith(start + " – "));
	}

	private void waitFor(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((browser) -> condition.getAsBoolean());
	}

}
