package uk.probationcareers.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route finder in a real browser, driven by the keyboard alone, with axe-core run on
 * every page it shows.
 */
class RouteFinderBrowserTest extends BrowserTest {

	@Test
	void aKeyboardUserCanAnswerEveryQuestionAndReachTheResultsWithNoAccessibilityViolations() {
		List<String> violations = new ArrayList<>();
		open("/route-finder");
		checkPage(violations);
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		tabUntil((element) -> element.getText().startsWith("Start now")).sendKeys(Keys.ENTER);

		choose("nation", "england-wales", violations);
		choose("qualification", "degree", violations);
		tick("modules", List.of("justice-system", "crime", "penal-policy"), violations);
		choose("experience", "yes", violations);
		choose("employer", "neither", violations);
		choose("uk-residence", "yes", violations);
		choose("nationality", "yes", violations);
		choose("adult", "yes", violations);
		choose("part-time", "yes", violations);

		waitForAddress("/route-finder/check");
		assertThat(heading()).isEqualTo("Check your answers");
		checkPage(violations);
		tabUntil((element) -> element.getText().startsWith("See the ways in")).sendKeys(Keys.ENTER);

		waitForAddress("/route-finder/results");
		assertThat(heading()).isEqualTo("Your ways into probation work");
		checkPage(violations);
		List<String> open = this.browser.findElements(By.cssSelector("#open ~ .app-result h3 a"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(open).first().isEqualTo("Trainee probation officer (PQiP): 15-month route");
		assertThat(this.browser.getCurrentUrl()).contains("/route-finder/results?nation=england-wales",
				"modules=justice-system", "part-time=yes");
		assertThat(violations).isEmpty();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void aQuestionSentWithNoAnswerShowsTheErrorSummaryAndFocusesIt() {
		open("/route-finder/nation");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		tabUntil((element) -> "Continue".equals(element.getText())).sendKeys(Keys.ENTER);
		WebElement summary = this.browser.findElement(By.cssSelector(".govuk-error-summary"));
		assertThat(summary.getText()).contains("There is a problem", "Select where you want to work");
		assertThat(this.browser.getTitle()).startsWith("Error: ");
		assertThat(accessibilityViolations()).isEmpty();
		this.browser.switchTo().activeElement().sendKeys(Keys.TAB);
		WebElement link = this.browser.switchTo().activeElement();
		assertThat(link.getText()).isEqualTo("Select where you want to work");
		link.sendKeys(Keys.ENTER);
		assertThat(this.browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("nation-england-wales");
	}

	@Test
	void theRoutePagesHaveNoAccessibilityViolations() {
		open("/routes");
		assertThat(accessibilityViolations()).as("/routes").isEmpty();
		List<String> routes = this.browser.findElements(By.cssSelector("a[href^='/routes/']"))
			.stream()
			.map((link) -> link.getDomAttribute("href"))
			.distinct()
			.toList();
		assertThat(routes).hasSizeGreaterThanOrEqualTo(8);
		for (String route : routes) {
			open(route);
			assertThat(accessibilityViolations()).as(route).isEmpty();
			assertThat(consoleErrors()).as(route).isEmpty();
		}
	}

	private void choose(String question, String answer, List<String> violations) {
		waitForAddress("/route-finder/" + question);
		checkPage(violations);
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement radio = tabUntil((element) -> question.equals(element.getDomAttribute("name")));
		for (int i = 0; i < 10 && !answer.equals(radio.getDomAttribute("value")); i++) {
			radio.sendKeys(Keys.ARROW_DOWN);
			radio = this.browser.switchTo().activeElement();
		}
		assertThat(radio.getDomAttribute("value")).isEqualTo(answer);
		if (!radio.isSelected()) {
			radio.sendKeys(Keys.SPACE);
		}
		continueOn();
	}

	private void tick(String question, List<String> answers, List<String> violations) {
		waitForAddress("/route-finder/" + question);
		checkPage(violations);
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		for (String answer : answers) {
			tabUntil((element) -> answer.equals(element.getDomAttribute("value"))).sendKeys(Keys.SPACE);
		}
		continueOn();
	}

	private void continueOn() {
		tabUntil((element) -> "Continue".equals(element.getText())).sendKeys(Keys.ENTER);
	}

	private void checkPage(List<String> violations) {
		String page = this.browser.getCurrentUrl();
		accessibilityViolations().forEach((violation) -> violations.add(page + ": " + violation));
	}

	private void waitForAddress(String path) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> browser.getCurrentUrl().contains(path));
	}

	private String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	private WebElement tabUntil(Predicate<WebElement> wanted) {
		for (int i = 0; i < 60; i++) {
			WebElement active = this.browser.switchTo().activeElement();
			if (wanted.test(active)) {
				return active;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("Not reached by the keyboard on " + this.browser.getCurrentUrl());
	}

}
