package uk.probationcareers.browser;

import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.probationcareers.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running site in headless Chromium: what a person sees, checked with axe-core and
 * the browser's own console.
 */
@WebIntegrationTest
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
abstract class BrowserTest {

	static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	void startBrowser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-sync", "--disable-component-update", "--no-first-run",
				"--disable-default-apps");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(ChromiumAvailable.CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@BeforeEach
	void drainConsoleAndResetWidth() {
		this.browser.manage().window().setSize(new Dimension(1280, 1024));
		this.browser.manage().logs().get(LogType.BROWSER);
	}

	void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	void openAtWidth(String path, int width) {
		this.browser.manage().window().setSize(new Dimension(width, 900));
		open(path);
		assertThat(((Number) this.browser.executeScript("return window.innerWidth")).intValue())
			.isLessThanOrEqualTo(width);
	}

	boolean pageFitsWithoutSidewaysScroll() {
		return Boolean.TRUE
			.equals(this.browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"));
	}

	List<String> consoleErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((entry) -> entry.getLevel().intValue() >= Level.WARNING.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	List<String> accessibilityViolations() {
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(this.browser);
		assertThat(results.isErrored()).as("axe-core ran").isFalse();
		return results.getViolations().stream().map(BrowserTest::describe).toList();
	}

	private static String describe(Rule rule) {
		return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
				+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList();
	}

}
