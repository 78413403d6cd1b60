package uk.probationcareers.browser;

import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

class CompareBrowserTest extends BrowserTest {

	static final String FOUR_ROLES = "/compare?roles=probation-service-officer,probation-officer,"
			+ "justice-social-worker-scotland,youth-justice-worker";

	@ParameterizedTest
	@ValueSource(strings = { "/compare", "/compare?roles=probation-officer,astronaut",
			"/compare?roles=probation-service-officer,probation-officer",
			"/compare?roles=probation-service-officer,probation-officer&differences=only", FOUR_ROLES,
			"/compare?roles=probation-officer,probation-service-officer,trainee-probation-officer" })
	void theChooserAndTheComparisonHaveNoAccessibilityViolationsAndNoConsoleErrors(String path) {
		open(path);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(accessibilityViolations()).as(path).isEmpty();
		assertThat(consoleErrors()).as(path)
			.allMatch((message) -> path.contains("astronaut") && message.contains("400")
					&& message.contains("/compare?roles="));
	}

	@Test
	void theTableOpensWithTheKeyFactsRowsBeforeTheSummary() {
		open(FOUR_ROLES);
		assertThat(this.browser.findElements(By.cssSelector("tbody tr th[scope=row] > span:first-child")))
			.extracting(WebElement::getText)
			.startsWith("Pay", "Hours", "Quickest way in", "Qualification you end with", "Can I apply now?", "Where",
					"Summary");
	}

	@Test
	void aKeyboardUserCanTickTwoRolesWithSpaceAndCompareThemWithEnter() {
		open("/compare");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

		tabUntil(checkbox("probation-service-officer")).sendKeys(Keys.SPACE);
		tabUntil(checkbox("probation-officer")).sendKeys(Keys.SPACE);
		tabUntil((element) -> "submit".equals(element.getDomAttribute("type"))).sendKeys(Keys.ENTER);

		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Compare: "));
		assertThat(this.browser.getCurrentUrl()).contains("roles=probation-service-officer", "roles=probation-officer");
		assertThat(this.browser.findElements(By.cssSelector("thead th[scope=col]"))).extracting(WebElement::getText)
			.containsExactly("What we compare", "Probation service officer", "Probation officer");
		assertThat(consoleErrors()).isEmpty();
	}

	@Test
	void theErrorSummaryTakesFocusAndLinksToTheFirstCheckbox() {
		open("/compare?roles=probation-officer");
		WebElement focused = this.browser.switchTo().activeElement();
		assertThat(focused.getAttribute("class")).contains("govuk-error-summary");
		this.browser.findElement(By.cssSelector(".govuk-error-summary__list a")).click();
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("roles");
		assertThat(this.browser.findElement(By.id("roles-probation-officer")).isSelected()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/compare", FOUR_ROLES })
	void at320PixelsWideOnlyTheTableScrollsSidewaysNeverThePage(String path) {
		openAtWidth(path, 320);
		assertThat(pageFitsWithoutSidewaysScroll()).as(path).isTrue();
		assertThat(accessibilityViolations()).as(path).isEmpty();
	}

	@Test
	void at320PixelsWideTheTableOfFourRolesScrollsInsideItsOwnRegion() {
		openAtWidth(FOUR_ROLES, 320);
		Object scrolls = this.browser.executeScript("const region = document.querySelector('.app-table-container');"
				+ "return region.scrollWidth > region.clientWidth && region.clientWidth <= window.innerWidth;");
		assertThat(scrolls).isEqualTo(true);
	}

	@Test
	void thePrintButtonAppearsWithJavaScriptAndPrintsThePage() {
		open("/compare?roles=probation-service-officer,probation-officer");
		WebElement button = this.browser.findElement(By.cssSelector("[data-module=app-print]"));
		new WebDriverWait(this.browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(button));
		this.browser.executeScript("window.print = () => { window.printedByTest = true; };");
		button.click();
		assertThat(this.browser.executeScript("return window.printedByTest === true")).isEqualTo(true);
		WebElement printLine = this.browser.findElement(By.cssSelector(".app-print-only"));
		assertThat(printLine.isDisplayed()).isFalse();
		assertThat(printLine.getAttribute("textContent"))
			.contains("http://localhost:8080/compare?roles=probation-service-officer,probation-officer");
	}

	private static Predicate<WebElement> checkbox(String slug) {
		return (element) -> "checkbox".equals(element.getDomAttribute("type"))
				&& slug.equals(element.getDomAttribute("value"));
	}

	private WebElement tabUntil(Predicate<WebElement> wanted) {
		for (int i = 0; i < 40; i++) {
			WebElement active = this.browser.switchTo().activeElement();
			if (wanted.test(active)) {
				return active;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("focus never reached the wanted element in 40 tab presses");
	}

}
