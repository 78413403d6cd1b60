package uk.probationcareers.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleSummary;

import static org.assertj.core.api.Assertions.assertThat;

class PublicPagesBrowserTest extends BrowserTest {

	@Autowired
	RoleCatalogue catalogue;

	Stream<String> publicPages() {
		List<String> pages = new ArrayList<>(List.of("/", "/roles", "/pay", "/career-paths",
				"/career-paths?nation=ENGLAND_WALES&stage=QUALIFIED", "/routes", "/routes/pqip-15-month",
				"/route-finder", "/route-finder/modules?nation=england-wales&qualification=degree",
				"/route-finder/months?nation=england-wales&qualification=level-3&experience=yes&employer=moj",
				"/route-finder/results?nation=england-wales&qualification=level-3&experience=yes&employer=neither"
						+ "&uk-residence=no&nationality=yes&adult=yes&part-time=yes",
				"/accessibility", "/cookies", "/privacy", "/api"));
		this.catalogue.publishedRoles().stream().map(RoleSummary::slug).map("/roles/"::concat).forEach(pages::add);
		return pages.stream();
	}

	@ParameterizedTest
	@MethodSource("publicPages")
	void everyPublicPageHasNoAccessibilityViolationsAndNoConsoleErrors(String path) {
		open(path);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(accessibilityViolations()).as(path).isEmpty();
		assertThat(consoleErrors()).as(path).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("publicPages")
	void everyPublicPageReadsAt320PixelsWideWithoutScrollingSideways(String path) {
		openAtWidth(path, 320);
		assertThat(pageFitsWithoutSidewaysScroll()).as(path).isTrue();
	}

	@Test
	void theKeyFactsAtTheTopOfEveryProfileHaveNoAccessibilityViolationsAt320PixelsOrOnADesktop() {
		for (RoleSummary role : this.catalogue.publishedRoles()) {
			String path = "/roles/" + role.slug();
			openAtWidth(path, 320);
			assertThat(this.browser.findElement(By.id("key-facts")).isDisplayed()).as(path).isTrue();
			assertThat(accessibilityViolations()).as(path + " at 320px").isEmpty();
			open(path);
			assertThat(this.browser.findElement(By.id("key-facts")).isDisplayed()).as(path).isTrue();
			assertThat(accessibilityViolations()).as(path).isEmpty();
		}
	}

	@Test
	void theNotFoundPageIsAccessibleAndOnlyTheMissingPageItselfIsLogged() {
		open("/roles/no-such-role");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(accessibilityViolations()).isEmpty();
		assertThat(consoleErrors()).allMatch((message) -> message.contains("/roles/no-such-role"));
	}

	@Test
	void aKeyboardUserCanSkipToTheContentAndFollowTheContentsList() {
		open("/roles/probation-officer");
		WebElement body = this.browser.findElement(By.tagName("body"));
		assertThat(body.getAttribute("class")).contains("govuk-frontend-supported");

		body.sendKeys(Keys.TAB);
		WebElement skipLink = this.browser.switchTo().activeElement();
		assertThat(skipLink.getText()).isEqualTo("Skip to main content");
		skipLink.sendKeys(Keys.ENTER);
		assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");

		WebElement focused = tabUntil((element) -> "#skills".equals(element.getDomAttribute("href")), 60);
		focused.sendKeys(Keys.ENTER);
		assertThat(this.browser.getCurrentUrl()).endsWith("#skills");
		Object top = this.browser.executeScript("return document.getElementById('skills').getBoundingClientRect().top");
		assertThat(((Number) top).doubleValue()).isBetween(-5.0, 200.0);
	}

	private WebElement tabUntil(java.util.function.Predicate<WebElement> wanted, int limit) {
		for (int i = 0; i < limit; i++) {
			WebElement active = this.browser.switchTo().activeElement();
			if (wanted.test(active)) {
				return active;
			}
			active.sendKeys(Keys.TAB);
		}
		throw new AssertionError("focus never reached the wanted element in " + limit + " tab presses");
	}

}
