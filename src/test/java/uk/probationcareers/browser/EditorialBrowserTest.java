package uk.probationcareers.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.users.AdminUsers;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors in a real browser: one edits a profile and sends it for review, the other
 * approves it, and the public page changes and shows the change note. Every editorial
 * page on the way has no axe-core violations and no console errors.
 */
@TestPropertySource(properties = "site.test-database=editorial")
class EditorialBrowserTest extends BrowserTest {

	static final String PASSWORD = "Harbour-Lantern-Probation-83";

	@Autowired
	AdminUsers users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void oneEditorEditsAndSubmitsAndAnotherApprovesAndThePublicPageChanges() {
		signIn(newEditor());
		open("/admin/roles/probation-officer");
		accessible("role page with history");
		click("form[action$='/editions'] button");
		waitForFlash("created as a draft");
		accessible("draft edition page");
		String edition = this.browser.getCurrentUrl();

		for (String section : List.of("details", "duties", "requirements", "skills", "routes-pay", "career-path",
				"sources")) {
			open(path(edition) + "/" + section);
			accessible(section + " section");
		}
		open(path(edition) + "/duties");
		WebElement before = this.browser.findElement(By.tagName("h1"));
		click("button[value='add']");
		// The page before the click has the same title: wait until it has gone.
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
		waitForTitle("Duties");
		accessible("duties with a row added");
		WebElement last = this.browser.findElements(By.cssSelector("textarea[id$='.text']"))
			.stream()
			.reduce((first, second) -> second)
			.orElseThrow();
		last.sendKeys("Take part in reflective practice with colleagues.");
		click("button[value='save']");
		waitForFlash("saved in the draft");

		open(path(edition) + "/details");
		WebElement summary = this.browser.findElement(By.id("summary"));
		summary.clear();
		summary.sendKeys("Probation officers keep communities safe and help people change their lives.");
		click("button[value='save']");
		waitForFlash("saved in the draft");
		// Public pages may be kept by the browser for a minute, so this look at the page
		// before publishing uses an address of its own.
		open("/roles/probation-officer?before-publishing");
		assertThat(this.browser.getPageSource()).contains("Probation officer").doesNotContain("keep communities safe");

		open(path(edition) + "/preview");
		assertThat(this.browser.getPageSource()).contains("keep communities safe", "The public cannot see it");
		accessible("preview");

		open(path(edition));
		click("form[action$='/submit'] button");
		waitForFlash("sent for review");
		assertThat(this.browser.findElements(By.cssSelector("form[action$='/publish']"))).isEmpty();
		signOut();

		signIn(newEditor());
		open(path(edition));
		accessible("edition in review, seen by the reviewer");
		this.browser.findElement(By.id("changeKind")).click();
		this.browser.findElement(By.id("changeNote")).sendKeys("We described the role more plainly.");
		click("form[action$='/publish'] button.govuk-button:not(.govuk-button--warning)");
		waitForFlash("published");

		open("/roles/probation-officer");
		assertThat(this.browser.getPageSource()).contains("keep communities safe",
				"We described the role more plainly.", "Take part in reflective practice with colleagues.");
		open("/changes");
		assertThat(this.browser.findElement(By.cssSelector(".app-change-list li")).getText())
			.contains("Probation officer", "We described the role more plainly.");
		assertThat(accessibilityViolations()).as("recent changes").isEmpty();
	}

	@Test
	void everyOtherEditorialPageIsAccessible() {
		signIn(newEditor());
		open("/admin");
		accessible("dashboard");
		open("/admin/roles");
		accessible("role list");
		open("/admin/roles/probation-service-officer/compare?from=1&to=2");
		accessible("comparison of two editions");
		open("/admin/roles/new");
		accessible("new role");
		click("#main-content form button[type='submit']");
		waitForTitle("Error: ");
		assertThat(this.browser.findElements(By.cssSelector(".govuk-error-summary__list a"))).isNotEmpty()
			.allSatisfy(
					(link) -> assertThat(this.browser.findElements(By.id(link.getDomAttribute("href").substring(1))))
						.as(link.getText())
						.hasSize(1));
		accessible("new role with errors", 400);
		open("/admin/roles/prison-officer/withdraw");
		accessible("withdraw");
		open("/admin/roles/prison-officer/address");
		accessible("change the web address");
		this.browser.findElement(By.id("slug")).clear();
		this.browser.findElement(By.id("slug")).sendKeys("Not an address!");
		click("#main-content form button[type='submit']");
		waitForTitle("Error: ");
		accessible("change the web address with errors", 400);
		open("/admin/roles/prison-officer");
		click("form[action$='/editions'] button");
		// The role page's title starts the same way as the draft's: wait for the draft's
		// banner instead.
		waitForFlash("created as a draft");
		open(path(this.browser.getCurrentUrl()) + "/skills");
		this.browser.findElement(By.id("rows[0].kind")).sendKeys("Choose one");
		click("button[value='save']");
		waitForTitle("Error: ");
		accessible("skills with errors", 400);
		String skills = path(this.browser.getCurrentUrl());
		open(skills);
		this.jdbc.update("""
				UPDATE role_edition SET version = version + 1
				WHERE state = 'DRAFT' AND role_id = (SELECT id FROM role WHERE slug = 'prison-officer')""");
		click("button[value='save']");
		waitForTitle("Error: ");
		assertThat(this.browser.getPageSource()).contains("The current saved version");
		accessible("conflict on a draft section", 409);
		open("/admin/roles/prison-officer/editions/1/preview");
		accessible("preview of a superseded edition");
		open("/admin/audit");
		accessible("audit trail with editorial steps");
		signOut();
	}

	@Test
	void theAdminsPublishFormWithErrorsAndARefusedStepAreAccessible() {
		String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(admin, PASSWORD, UserRole.ADMIN);
		signIn(admin);
		open("/admin/roles/youth-justice-worker");
		click("form[action$='/editions'] button");
		waitForFlash("created as a draft");
		click("form[action$='/publish'] button.govuk-button--warning");
		waitForTitle("Error: ");
		assertThat(this.browser.findElements(By.cssSelector(".govuk-error-summary__list a"))).hasSize(2);
		accessible("publishing without review, with errors", 400);
		this.browser.findElement(By.id("changeKind-2")).click();
		this.browser.findElement(By.id("reason")).sendKeys("Urgent correction");
		this.jdbc.update("""
				UPDATE role_edition SET version = version + 1
				WHERE state = 'DRAFT' AND role_id = (SELECT id FROM role WHERE slug = 'youth-justice-worker')""");
		click("form[action$='/publish'] button.govuk-button--warning");
		waitForTitle("Someone has changed this edition");
		accessible("publishing a version the edition has moved on from", 409);
		open("/admin/roles/probation-officer-northern-ireland");
		this.jdbc.update("""
				INSERT INTO role_edition (role_id, edition_number, state, title, summary, nations, last_reviewed,
				    created_by, version)
				SELECT role_id, 99, 'DRAFT', title, summary, nations, last_reviewed, 'someone-else', 0
				FROM role_edition WHERE id = (SELECT live_edition_id FROM role
				    WHERE slug = 'probation-officer-northern-ireland')""");
		click("form[action$='/editions'] button");
		waitForTitle("That step is not allowed");
		accessible("a refused step", 409);
		signOut();
	}

	String newEditor() {
		String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.EDITOR);
		return username;
	}

	void signIn(String username) {
		open("/admin/sign-in");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
		waitForTitle("Dashboard");
	}

	void signOut() {
		click(".app-admin-bar form button");
		waitForTitle("Sign in");
	}

	void click(String css) {
		this.browser.findElement(By.cssSelector(css)).click();
	}

	String path(String url) {
		return url.substring(url.indexOf("/admin"));
	}

	void waitForTitle(String start) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> browser.getTitle().startsWith(start));
	}

	void waitForFlash(String words) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> browser.findElements(By.cssSelector(".govuk-notification-banner--success"))
				.stream()
				.anyMatch((banner) -> banner.getText().contains(words)));
	}

	void accessible(String what) {
		accessible(what, 200);
	}

	void accessible(String what, int status) {
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).as(what).isNotBlank();
		assertThat(accessibilityViolations()).as(what).isEmpty();
		String expected = this.browser.getCurrentUrl()
				+ " - Failed to load resource: the server responded with a status of " + status + " ()";
		assertThat(consoleErrors()).as(what).allMatch(expected::equals);
	}

}
