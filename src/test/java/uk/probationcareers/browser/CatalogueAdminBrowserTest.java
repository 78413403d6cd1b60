package uk.probationcareers.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
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
 * Every kind of admin page in a real browser: lists, forms with errors, the delete
 * confirmation and refusal, the edit conflict and the audit trail, each with no axe-core
 * violations and no console errors.
 */
class CatalogueAdminBrowserTest extends BrowserTest {

	static final String PASSWORD = "Copper-Meadow-Probation-57";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AdminUsers users;

	@BeforeAll
	void signIn() {
		String username = "catalogue-" + UUID.randomUUID().toString().substring(0, 8);
		this.users.add(username, PASSWORD, UserRole.EDITOR);
		open("/admin/sign-in");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD, Keys.ENTER);
		waitForTitle("Dashboard");
	}

	void waitForTitle(String start) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> browser.getTitle().startsWith(start));
	}

	void accessible(String what) {
		accessible(what, 200);
	}

	/**
	 * Chromium reports a page answered with an error status (400 for a form with errors,
	 * 409 for a conflict) in the console; that one report is expected, nothing else.
	 */
	void accessible(String what, int status) {
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).as(what).isNotBlank();
		assertThat(accessibilityViolations()).as(what).isEmpty();
		String expected = this.browser.getCurrentUrl()
				+ " - Failed to load resource: the server responded with a status of " + status + " ()";
		assertThat(consoleErrors()).as(what).allMatch(expected::equals);
	}

	@Test
	void everyListAndEditPageAndTheAuditTrailHaveNoAccessibilityViolations() {
		for (String section : List.of("skills", "sources", "pay-bands", "pay-award-events", "entry-routes")) {
			open("/admin/" + section);
			accessible(section + " list");
			this.browser.findElement(By.cssSelector("table a[href$='/edit']")).click();
			accessible(section + " edit");
			open("/admin/" + section + "/new");
			accessible(section + " new");
		}
		open("/admin");
		accessible("dashboard");
		open("/admin/audit");
		accessible("audit trail");
		open("/admin/roles");
		accessible("role profiles");
		open("/admin/roles/probation-officer");
		accessible("a role's editions and steps");
	}

	@Test
	void aFormWithErrorsIsAccessibleAndItsSummaryLinksToTheFields() {
		for (String section : List.of("skills", "sources", "pay-bands", "pay-award-events", "entry-routes")) {
			open("/admin/" + section + "/new");
			this.browser.findElement(By.cssSelector("#main-content form button[type='submit']")).click();
			waitForTitle("Error: ");
			assertThat(this.browser.findElements(By.cssSelector(".govuk-error-summary__list a"))).as(section)
				.isNotEmpty()
				.allSatisfy((
						link) -> assertThat(this.browser.findElements(By.id(link.getDomAttribute("href").substring(1))))
							.as(link.getText())
							.hasSize(1));
			accessible(section + " with errors", 400);
		}
	}

	@Test
	void theDeleteConfirmationAndTheRefusalAreAccessible() {
		open("/admin/skills/new");
		this.browser.findElement(By.id("name")).sendKeys("Browser skill");
		this.browser.findElement(By.id("code")).sendKeys("browser-skill");
		giveReason();
		waitForTitle("Skills");
		long id = this.jdbc.queryForObject("select id from skill where code = 'browser-skill'", Long.class);
		open("/admin/skills/" + id + "/delete");
		accessible("delete confirmation");
		this.browser.findElement(By.cssSelector("#main-content form button[type='submit']")).click();
		waitForTitle("Error: ");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-error-summary__list a")).getText())
			.isEqualTo("Enter why you are making this change");
		accessible("delete confirmation without a reason", 400);
		long used = this.jdbc.queryForObject("select min(skill_id) from role_edition_skill", Long.class);
		open("/admin/skills/" + used + "/delete");
		assertThat(this.browser.findElement(By.id("usages")).getText()).contains("role edition");
		accessible("delete refused");
	}

	@Test
	void anEditorCorrectsAPayBandAndSeesItOnThePublicRolePageAtOnce() {
		long id = this.jdbc.queryForObject("select id from pay_band where code = 'probation-band-3'", Long.class);
		open("/admin/pay-bands/" + id + "/edit");
		WebElement note = this.browser.findElement(By.id("note"));
		note.clear();
		note.sendKeys("Checked again against the newest Band 3 adverts.");
		giveReason();
		waitForTitle("Pay bands");
		open("/roles/probation-service-officer");
		assertThat(this.browser.findElement(By.id("pay")).findElement(By.xpath("..")).getText())
			.contains("Checked again against the newest Band 3 adverts.");
	}

	@Test
	void aChangeWaitingForASecondLookIsCheckedFromTheDashboardAndAStaleCheckIsRefusedAccessibly() {
		long first = waitingSkillChange("waiting-one", "First change by someone else");
		open("/admin");
		assertThat(this.browser.findElement(By.id("dashboard-catalogueChecks")).getText())
			.startsWith("Catalogue changes waiting for a second look");
		assertThat(this.browser.getPageSource()).contains("First change by someone else");
		accessible("dashboard with changes waiting for a second look");
		long second = waitingSkillChange("waiting-one", "Second change by someone else");
		this.browser.findElement(By.cssSelector("form[action='/admin/checks'] input[value='" + first + "'] ~ button"))
			.click();
		waitForTitle("Your check has not been recorded");
		assertThat(this.browser.getPageSource()).contains("Second change by someone else");
		accessible("a check of a change made stale by a newer one", 409);
		this.browser.findElement(By.cssSelector("form[action='/admin/checks'] input[value='" + second + "'] ~ button"))
			.click();
		waitForTitle("Dashboard");
		assertThat(this.jdbc.queryForObject("select count(*) from change_awaiting_check where entry_id in (?, ?)",
				Long.class, first, second))
			.isZero();
	}

	/**
	 * A change to a new skill by someone else, recorded as waiting for a second look.
	 * @return its audit entry
	 */
	long waitingSkillChange(String code, String reason) {
		if (this.jdbc.queryForObject("select count(*) from skill where code = ?", Long.class, code) == 0) {
			this.jdbc.update("insert into skill (code, name, version) values (?, 'Waiting skill', 0)", code);
		}
		long skill = this.jdbc.queryForObject("select id from skill where code = ?", Long.class, code);
		this.jdbc.update("""
				insert into audit_entry (record_type, record_id, record_label, action, username, occurred_at, reason)
				values ('skills', ?, ?, 'UPDATE', 'someone-else', CURRENT_TIMESTAMP, ?)""", skill, code, reason);
		long entry = this.jdbc.queryForObject("select max(id) from audit_entry", Long.class);
		this.jdbc.update(
				"insert into change_awaiting_check (entry_id, record_type, record_id, username) values (?, 'skills', ?, 'someone-else')",
				entry, skill);
		return entry;
	}

	/**
	 * Says why the change is made, and saves.
	 */
	void giveReason() {
		this.browser.findElement(By.id("reason")).sendKeys("Checked against the published source");
		this.browser.findElement(By.cssSelector("#main-content form button[type='submit']")).click();
	}

	@Test
	void theConflictPageIsAccessibleAndKeepsTheInput() {
		long id = this.jdbc.queryForObject("select min(id) from pay_band", Long.class);
		open("/admin/pay-bands/" + id + "/edit");
		this.jdbc.update("update pay_band set version = version + 1, band = band || ' (changed)' where id = ?", id);
		this.browser.findElement(By.id("allowances")).sendKeys("My allowance");
		giveReason();
		waitForTitle("Error: ");
		assertThat(this.browser.getPageSource()).contains("The current saved version", "(changed)");
		assertThat(this.browser.findElement(By.id("allowances")).getDomProperty("value")).contains("My allowance");
		accessible("conflict", 409);
	}

}
