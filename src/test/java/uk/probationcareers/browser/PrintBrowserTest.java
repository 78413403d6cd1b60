package uk.probationcareers.browser;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.springframework.beans.factory.annotation.Autowired;
import uk.probationcareers.role.RoleCatalogue;
import uk.probationcareers.role.RoleSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person gets on paper: each profile and a comparison printed by Chromium to A4,
 * with the print stylesheet, and the pages counted.
 */
class PrintBrowserTest extends BrowserTest {

	static final int MOST_PAGES_FOR_A_PROFILE = 4;

	static final int MOST_PAGES_FOR_A_COMPARISON = 6;

	@Autowired
	RoleCatalogue catalogue;

	Stream<String> publishedRoles() {
		return this.catalogue.publishedRoles().stream().map(RoleSummary::slug);
	}

	@ParameterizedTest
	@MethodSource("publishedRoles")
	void everyProfilePrintsOnAtMostFourA4Pages(String slug) throws Exception {
		Printed printed = print("/roles/" + slug);
		System.out.println("Printed /roles/" + slug + ": " + printed.pages() + " A4 pages");
		assertThat(printed.pages()).as(slug).isLessThanOrEqualTo(MOST_PAGES_FOR_A_PROFILE);
	}

	@Test
	void theComparisonOfThreeRolesPrintsOnAtMostSixA4Pages() throws Exception {
		String third = longestOtherProfile();
		Printed printed = print("/compare?roles=probation-officer,probation-service-officer," + third);
		System.out.println("Printed the comparison with " + third + ": " + printed.pages() + " A4 pages");
		assertThat(printed.pages()).isLessThanOrEqualTo(MOST_PAGES_FOR_A_COMPARISON);
	}

	@Test
	void aPrintedProfileHasNoSiteFurnitureAndNoLinkAddressesButItsSourcesNumberedAtTheEnd() throws Exception {
		Printed printed = print("/roles/probation-officer");
		assertThat(printed.text()).contains("At a glance", "Sources")
			.doesNotContain("Contents", "Is this page useful?", "Search this site", "(http", "(/roles", "(#");
		assertThat(printed.text()).containsPattern("\\n1\\.? ");
	}

	@Test
	void onPaperAProfileLeavesOutTheNavigationSearchContentsListAndCareerPathMap() {
		open("/roles/probation-officer");
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		try {
			assertThat(this.browser.findElement(By.id("key-facts")).isDisplayed()).isTrue();
			for (String hidden : List.of(".govuk-service-navigation", "#header-search", ".app-contents-list",
					".app-career-map__svg", ".app-source-note")) {
				assertThat(this.browser.findElements(By.cssSelector(hidden))).as(hidden)
					.isNotEmpty()
					.noneMatch(WebElement::isDisplayed);
			}
			Object linkAddress = this.browser.executeScript("return [...document.querySelectorAll('main a[href]')]"
					+ ".map((a) => getComputedStyle(a, '::after').content).filter((c) => c.includes('http')"
					+ " || c.includes('attr') || c.includes('/')).length");
			assertThat(linkAddress).isEqualTo(0L);
		}
		finally {
			this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/**
	 * The published profile with the most words on it, other than the two probation roles
	 * always compared.
	 */
	private String longestOtherProfile() {
		return this.catalogue.publishedRoles()
			.stream()
			.map(RoleSummary::slug)
			.filter((slug) -> !List.of("probation-officer", "probation-service-officer").contains(slug))
			.max(Comparator.comparingLong(this::profileLength))
			.orElseThrow();
	}

	private long profileLength(String slug) {
		open("/roles/" + slug);
		return ((Number) this.browser.executeScript("return document.querySelector('main').innerText.length"))
			.longValue();
	}

	private Printed print(String path) throws Exception {
		open(path);
		PrintOptions options = new PrintOptions();
		options.setPageSize(new PageSize(29.7, 21.0));
		Pdf pdf = this.browser.print(options);
		try (PDDocument document = Loader.loadPDF(Base64.getDecoder().decode(pdf.getContent()))) {
			return new Printed(document.getNumberOfPages(), new PDFTextStripper().getText(document));
		}
	}

	record Printed(int pages, String text) {
	}

}
