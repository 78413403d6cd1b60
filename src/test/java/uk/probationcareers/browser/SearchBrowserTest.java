package uk.probationcareers.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site search in a real browser: the header search box by keyboard alone, and the
 * results, no-results and "did you mean" pages with no accessibility violations.
 */
class SearchBrowserTest extends BrowserTest {

	@Test
	void aKeyboardUserSearchesFromTheHeaderOfAnyPage() {
		open("/pay");
		WebElement focused = this.browser.findElement(By.tagName("body"));
		for (int i = 0; i < 20 && !"header-search".equals(focused.getDomAttribute("id")); i++) {
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused.getDomAttribute("id")).isEqualTo("header-search");
		focused.sendKeys("offender manager", Keys.ENTER);
		waitForTitle("Search results for “offender manager”");
		WebElement first = this.browser.findElement(By.cssSelector(".app-search-results__item h2 a"));
		assertThat(first.getDomAttribute("href")).isEqualTo("/roles/probation-officer");

		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		focused = this.browser.switchTo().activeElement();
		for (int i = 0; i < 20 && !focused.equals(first); i++) {
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused).isEqualTo(first);
		focused.sendKeys(Keys.ENTER);
		waitForTitle("Probation officer");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theResultsPageHasNoAccessibilityViolationsAndFitsANarrowScreen() {
		open("/search?q=probation%20assistant");
		assertThat(this.browser.findElements(By.cssSelector("mark.app-search-results__match"))).isNotEmpty();
		assertThat(accessibilityViolations()).isEmpty();
		openAtWidth("/search?q=probation%20assistant", 320);
		assertThat(pageFitsWithoutSidewaysScroll()).isTrue();
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theNoResultsAndDidYouMeanPagesHaveNoAccessibilityViolations() {
		open("/search?q=xylophone");
		assertThat(this.browser.getPageSource()).contains("There are no matching results.");
		assertThat(accessibilityViolations()).isEmpty();

		open("/search?q=probaton");
		WebElement suggestion = this.browser.findElement(By.cssSelector(".app-search__suggestion a"));
		assertThat(suggestion.getText()).isEqualTo("probation");
		assertThat(accessibilityViolations()).isEmpty();
		suggestion.click();
		waitForTitle("Search results for “probation”");

		open("/search");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(consoleErrors()).isEmpty();
	}

	private void waitForTitle(String start) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((driver) -> driver.getTitle() != null && driver.getTitle().startsWith(start));
	}

}
