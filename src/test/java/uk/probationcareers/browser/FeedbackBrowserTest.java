package uk.probationcareers.browser;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Is this page useful?" and "Report a problem with this page" in a real browser: used
 * with the keyboard alone, and the block, the form, its errors, the thank-you page, the
 * refusals and the editors' reports page free of accessibility failures.
 */
class FeedbackBrowserTest extends BrowserTest {

	static final String PASSWORD = "Lantern-Orchard-Probation-42";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdminUsers users;

	@BeforeEach
	void noPostsCountedYet() {
		this.jdbc.update("DELETE FROM feedback_counter");
	}

	@Test
	void aKeyboardUserAnswersYesAndReportsAProblemFromTheFootOfAPage() {
		open("/cookies");
		assertThat(this.browser.findElement(By.id("feedback")).getText()).contains("Is this page useful?",
				"Report a problem with this page");
		assertThat(accessibilityViolations()).isEmpty();
		WebElement yes = tabUntil((element) -> "yes".equals(element.getDomAttribute("value")));
		yes.sendKeys(Keys.ENTER);
		waitForTitle("Thank you for your feedback");
		assertThat(accessibilityViolations()).isEmpty();
		WebElement back = tabUntil((element) -> "/cookies".equals(element.getDomAttribute("href")));
		back.sendKeys(Keys.ENTER);
		waitForTitle("Cookies");

		WebElement report = tabUntil((element) -> "Report a problem with this page".equals(element.getText()));
		report.sendKeys(Keys.ENTER);
		waitForTitle("Report a problem with this page");
		assertThat(accessibilityViolations()).isEmpty();
		tabUntil((element) -> "doing".equals(element.getDomAttribute("id"))).sendKeys("Reading about cookies",
				Keys.TAB);
		this.browser.switchTo().activeElement().sendKeys("Nothing, <b>just</b> checking", Keys.TAB);
		WebElement send = this.browser.switchTo().activeElement();
		assertThat(send.getText()).isEqualTo("Send");
		send.sendKeys(Keys.ENTER);
		waitForTitle("Thank you for your feedback");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM feedback_report WHERE page_path = '/cookies' "
				+ "AND went_wrong = 'Nothing, <b>just</b> checking'", Integer.class))
			.isEqualTo(1);
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theProblemFormsErrorsAreSummarisedAndLinkedToTheirFields() {
		open("/feedback/problem?page=/pay");
		this.browser.findElement(By.id("doing")).sendKeys("x".repeat(1201));
		this.browser.findElement(By.cssSelector("form[action='/feedback/problem'] button")).click();
		waitForTitle("Error: Report a problem with this page");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-error-summary")).getText())
			.contains("What you were doing must be 1,200 characters or fewer", "Enter what went wrong");
		assertThat(accessibilityViolations()).isEmpty();
		this.browser.findElement(By.cssSelector(".govuk-error-summary a[href='#wentWrong']")).click();
		assertThat(this.browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("wentWrong");
		assertThat(consoleErrors()).allMatch((error) -> error.contains("status of 400"));
	}

	@Test
	void aPostFromAnotherSiteGetsTheRefusalPage() {
		this.browser.get("data:text/html,<!DOCTYPE html><html lang=en><title>Elsewhere</title>"
				+ "<form method=post action='http://localhost:" + this.port + "/feedback/useful'>"
				+ "<input type=hidden name=page value='/pay'><button name=useful value=yes id=go>Go</button></form>");
		this.browser.findElement(By.id("go")).click();
		waitForTitle("Sorry, we could not take your feedback");
		assertThat(accessibilityViolations()).isEmpty();
	}

	@Test
	void aReaderOverTheLimitGetsThePageSayingToWait() {
		open("/feedback/problem?page=/pay");
		this.browser.findElement(By.id("wentWrong")).sendKeys("First");
		this.browser.findElement(By.cssSelector("form[action='/feedback/problem'] button")).click();
		waitForTitle("Thank you for your feedback");
		this.jdbc.update("UPDATE feedback_counter SET posts = 1000, window_started_at = CURRENT_TIMESTAMP");
		open("/pay");
		tabUntil((element) -> "no".equals(element.getDomAttribute("value"))).sendKeys(Keys.ENTER);
		waitForTitle("Sorry, you have sent too much feedback");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(consoleErrors()).allMatch((error) -> error.contains("status of 429"));
	}

	@Test
	void theEditorsReportsPageHasNoAccessibilityFailures() {
		open("/feedback/problem?page=/routes");
		this.browser.findElement(By.id("doing")).sendKeys("Looking for a route");
		this.browser.findElement(By.id("wentWrong")).sendKeys("A date has passed");
		this.browser.findElement(By.cssSelector("form[action='/feedback/problem'] button")).click();
		waitForTitle("Thank you for your feedback");

		String username = "reports-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.EDITOR);
		open("/admin/sign-in");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
		waitForTitle("Dashboard");
		this.browser.findElement(By.partialLinkText("Reports from readers (")).click();
		waitForTitle("Reports from readers");
		assertThat(this.browser.getPageSource()).contains("A date has passed");
		assertThat(accessibilityViolations()).isEmpty();
		long id = this.jdbc.queryForObject("SELECT id FROM feedback_report WHERE went_wrong = 'A date has passed'",
				Long.class);
		this.browser.findElement(By.cssSelector("#report-" + id + " button")).click();
		waitForTitle("Reports from readers");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
			.contains("A report about /routes is marked as done.");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(consoleErrors()).isEmpty();
	}

	private WebElement tabUntil(Predicate<WebElement> wanted) {
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		for (int i = 0; i < 80 && !wanted.test(focused); i++) {
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(wanted.test(focused)).as("reached by the Tab key").isTrue();
		return focused;
	}

	private void waitForTitle(String start) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> browser.getTitle().startsWith(start + " – "));
	}

}
