package uk.probationcareers.browser;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin area in a real browser: signing in with the keyboard, changing your password,
 * signing out, and every page free of accessibility failures.
 */
class AdminBrowserTest extends BrowserTest {

	static final String PASSWORD = "Lantern-Orchard-Probation-42";

	static final String NEW_PASSWORD = "Quiet-Harbour-Probation-31";

	@Autowired
	AdminUsers users;

	@Test
	void anAdminSignsInWithTheKeyboardChangesTheirPasswordAndSignsOut() {
		String username = "keyboard-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.ADMIN);

		open("/admin/sign-in");
		assertThat(this.browser.getTitle()).startsWith("Sign in");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(field("username").getDomAttribute("autocomplete")).isEqualTo("username");
		assertThat(field("password").getDomAttribute("autocomplete")).isEqualTo("current-password");
		WebElement focused = tabTo("username");
		focused.sendKeys(username, Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys(PASSWORD, Keys.ENTER);
		waitForTitle("Dashboard");

		open("/admin/account");
		assertThat(accessibilityViolations()).isEmpty();
		tabTo("currentPassword").sendKeys(PASSWORD, Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys(NEW_PASSWORD, Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys(NEW_PASSWORD + "-typo", Keys.ENTER);
		waitForTitle("Error: Change your password");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(field("newPassword").getDomProperty("value")).isEmpty();

		tabTo("currentPassword").sendKeys(PASSWORD, Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys(NEW_PASSWORD, Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys(NEW_PASSWORD, Keys.ENTER);
		waitForTitle("Change your password");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("Your password has been changed");

		WebElement signOut = this.browser.findElement(By.cssSelector(".app-admin-bar button"));
		signOut.sendKeys(Keys.ENTER);
		waitForTitle("Sign in");
		assertThat(this.users.passwordMatches(username, NEW_PASSWORD)).isTrue();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theUsersPagesHaveNoAccessibilityFailures() {
		String username = "axe-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.ADMIN);
		this.users.add("other-" + username, PASSWORD, UserRole.EDITOR);
		open("/admin/sign-in");
		field("username").sendKeys(username);
		field("password").sendKeys(PASSWORD, Keys.ENTER);
		waitForTitle("Dashboard");

		open("/admin/users");
		assertThat(accessibilityViolations()).isEmpty();
		open("/admin/users/new");
		assertThat(accessibilityViolations()).isEmpty();
		field("username").sendKeys("<script>", Keys.ENTER);
		waitForTitle("Error: Add a user");
		assertThat(accessibilityViolations()).isEmpty();
		long other = this.users.list()
			.stream()
			.filter((user) -> user.username().equals("other-" + username))
			.findFirst()
			.orElseThrow()
			.id();
		open("/admin/users/" + other + "/disable");
		assertThat(accessibilityViolations()).isEmpty();
		this.browser.findElement(By.cssSelector(".app-admin-bar button")).click();
		waitForTitle("Sign in");
		assertThat(consoleErrors()).isEmpty();
	}

	private WebElement field(String id) {
		return this.browser.findElement(By.id(id));
	}

	private WebElement tabTo(String id) {
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		for (int i = 0; i < 30 && !id.equals(focused.getDomAttribute("id")); i++) {
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused.getDomAttribute("id")).isEqualTo(id);
		return focused;
	}

	private void waitForTitle(String start) {
		// The title must start with it: "Error: Change your password" also contains
		// "Change your password".
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> browser.getTitle().startsWith(start + " – "));
	}

}
