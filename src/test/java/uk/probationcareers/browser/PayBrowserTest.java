package uk.probationcareers.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pay page in a real browser: the table fits a 320px screen, and a keyboard user can
 * reach the table and the award timeline.
 */
class PayBrowserTest extends BrowserTest {

	@Test
	void thePayTableFitsA320PixelScreenWithoutScrollingEvenInsideItsContainer() {
		openAtWidth("/pay", 320);
		assertThat(pageFitsWithoutSidewaysScroll()).isTrue();
		Object tableFits = this.browser.executeScript("""
				const container = document.querySelector('.app-table-container');
				return container.scrollWidth <= container.clientWidth;""");
		assertThat(tableFits).isEqualTo(Boolean.TRUE);
		assertThat(this.browser.findElements(By.cssSelector(".app-pay-table tbody tr"))).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void aKeyboardUserCanReachThePayTableAndJumpToWherePayStands() {
		open("/pay");
		WebElement body = this.browser.findElement(By.tagName("body"));
		body.sendKeys(Keys.TAB);
		WebElement focused = this.browser.switchTo().activeElement();
		for (int i = 0; i < 30 && !"#where-pay-stands".equals(focused.getDomAttribute("href")); i++) {
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused.getDomAttribute("href")).isEqualTo("#where-pay-stands");
		focused.sendKeys(Keys.ENTER);
		assertThat(this.browser.getCurrentUrl()).endsWith("#where-pay-stands");

		open("/pay");
		WebElement region = this.browser.findElement(By.cssSelector(".app-table-container[role='region']"));
		assertThat(region.getDomAttribute("tabindex")).isEqualTo("0");
		assertThat(region.getDomAttribute("aria-label")).isEqualTo("Pay bands");
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		focused = this.browser.switchTo().activeElement();
		for (int i = 0; i < 40 && !focused.equals(region); i++) {
			focused.sendKeys(Keys.TAB);
			focused = this.browser.switchTo().activeElement();
		}
		assertThat(focused).isEqualTo(region);
	}

	@Test
	void everyPaySectionOnARoleProfileLinksToThePayPage() {
		open("/roles/probation-service-officer");
		this.browser.findElement(By.cssSelector("#pay ~ p a[href='/pay']")).click();
		assertThat(this.browser.getTitle()).startsWith("Pay in probation work");
		assertThat(accessibilityViolations()).isEmpty();
	}

}
