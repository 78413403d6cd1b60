package uk.probationcareers.browser;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The career-path map in a real browser: drawn on wide screens and on paper, left to the
 * list on narrow screens, its boxes links for pointer users while keyboard users move
 * through the list instead.
 */
class CareerPathBrowserTest extends BrowserTest {

	@Test
	void onAWideScreenTheDrawingFitsThePageAndItsBoxesLeadToTheProfiles() {
		open("/career-paths");
		WebElement drawing = this.browser.findElement(By.cssSelector(".app-career-map__svg"));
		assertThat(drawing.isDisplayed()).isTrue();
		assertThat(pageFitsWithoutSidewaysScroll()).isTrue();
		assertThat(drawing.getRect().getWidth()).isGreaterThan(600);

		this.browser.findElement(By.cssSelector(".app-career-map__svg a[data-role='senior-probation-officer']"))
			.click();
		assertThat(this.browser.getTitle()).startsWith("Senior probation officer");
	}

	@Test
	void at320PixelsTheListStandsInForTheDrawing() {
		openAtWidth("/career-paths", 320);
		assertThat(this.browser.findElement(By.cssSelector(".app-career-map__svg")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("map-list")).isDisplayed()).isTrue();
		assertThat(
				this.browser.findElement(By.cssSelector("#map-list a[href='/roles/probation-officer']")).isDisplayed())
			.isTrue();
		assertThat(pageFitsWithoutSidewaysScroll()).isTrue();
	}

	@Test
	void onPaperTheDrawingPrintsEvenOnANarrowSheetAndTheChoicesDoNot() {
		openAtWidth("/career-paths", 320);
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.browser.findElement(By.cssSelector(".app-career-map__svg")).isDisplayed()).isTrue();
			assertThat(this.browser.findElement(By.cssSelector("form[action='/career-paths']")).isDisplayed())
				.isFalse();
		}
		finally {
			this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@Test
	void theKeyboardPassesOverTheDrawingToTheSameLinksInTheList() {
		open("/career-paths");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		for (int i = 0; i < 60 && !"/roles/probation-officer".equals(focused.getDomAttribute("href")); i++) {
			assertThat(this.browser.executeScript("return arguments[0].closest('svg') === null", focused))
				.isEqualTo(Boolean.TRUE);
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused.getDomAttribute("href")).isEqualTo("/roles/probation-officer");
		assertThat(this.browser.executeScript("return arguments[0].closest('#map-list') !== null", focused))
			.isEqualTo(Boolean.TRUE);
	}

	@Test
	void aRefusedChoiceIsExplainedAccessibly() {
		open("/career-paths?nation=ATLANTIS");
		assertThat(this.browser.getTitle()).startsWith("Error: Career paths");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-error-summary a[href='#nation']")).getText())
			.isEqualTo("Select a nation from the list");
		assertThat(accessibilityViolations()).isEmpty();
	}

	@Test
	void eachProfileDrawingHasNoAccessibilityViolations() {
		open("/roles/probation-officer");
		assertThat(
				this.browser.findElement(By.cssSelector("#career-path ~ .app-career-map__drawing svg")).isDisplayed())
			.isTrue();
		assertThat(accessibilityViolations()).isEmpty();
	}

}
