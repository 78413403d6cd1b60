package uk.probationcareers.admin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.ClassUtils;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No admin page shows the name of a fixed choice (such as {@code EARLIER_YEAR_RATES} or
 * {@code NOT_HELD}) where a person reads words: the dashboard, the audit trail, every
 * list and form, each role's editions, steps and comparisons.
 */
@TestPropertySource(properties = "site.test-database=admin-words")
class AdminPagesShowWordsTest extends AdminSiteTest {

	private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

	@Autowired
	JdbcTemplate jdbc;

	private void recordChangesToFieldsThatHoldChoices() {
		change("pay-bands", "SELECT MIN(id) FROM pay_band", "awardStatus", "UNCONFIRMED", "EARLIER_YEAR_RATES");
		change("pay-bands", "SELECT MIN(id) FROM pay_band", "figureBasis", "JOB_ADVERT", "PAY_SCALE");
		change("entry-routes", "SELECT MIN(id) FROM entry_route", "routeType", "DIRECT_APPLICATION", "INTERNAL");
		change("entry-routes", "SELECT MIN(id) FROM entry_route", "staffRule", "ANYONE", "STAFF_ONLY");
		change("entry-routes", "SELECT MIN(id) FROM entry_route", "nations", "ENGLAND,WALES", "NORTHERN_IRELAND");
		change("pay-award-events", "SELECT MIN(id) FROM pay_award_event", "kind", "OFFER", "SETTLEMENT");
		change("role-editions", "SELECT MIN(id) FROM role_edition", "state", "DRAFT", "IN_REVIEW");
		change("role-editions", "SELECT MIN(id) FROM role_edition", "step", "CREATE", "FORCE_PUBLISH");
		change("role-editions", "SELECT MIN(id) FROM role_edition", "rows", "1. Communication | ESSENTIAL",
				"1. Communication | DESIRABLE");
	}

	@Test
	void noAdminPageShowsTheNameOfAChoice() {
		recordChangesToFieldsThatHoldChoices();
		HttpPages admin = signedIn(UserRole.ADMIN);
		List<String> paths = new ArrayList<>(List.of("/admin", "/admin/audit", "/admin/roles", "/admin/users"));
		for (String kind : List.of("skills", "sources", "pay-bands", "pay-award-events", "entry-routes",
				"recruitment-windows")) {
			paths.add("/admin/" + kind);
			paths.add("/admin/" + kind + "/new");
		}
		paths.add("/admin/pay-bands/" + id("SELECT MIN(id) FROM pay_band") + "/edit");
		paths.add("/admin/entry-routes/" + id("SELECT MIN(id) FROM entry_route") + "/edit");
		paths.add("/admin/pay-award-events/" + id("SELECT MIN(id) FROM pay_award_event") + "/edit");
		for (String slug : this.jdbc.queryForList("SELECT slug FROM role ORDER BY slug", String.class)) {
			paths.add("/admin/roles/" + slug);
			int newest = this.jdbc.queryForObject(
					"SELECT MAX(e.edition_number) FROM role_edition e JOIN role r ON r.id = e.role_id WHERE r.slug = ?",
					Integer.class, slug);
			paths.add("/admin/roles/" + slug + "/editions/" + newest);
			if (newest > 1) {
				paths.add("/admin/roles/" + slug + "/compare?from=1&to=" + newest);
			}
		}
		Set<String> names = choiceNames();
		List<String> shown = new ArrayList<>();
		for (String path : paths) {
			var response = admin.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			Matcher matcher = CAPITALS.matcher(visibleText(response.body()));
			while (matcher.find()) {
				if (names.contains(matcher.group())) {
					shown.add(path + ": " + matcher.group());
				}
			}
		}
		assertThat(paths).contains("/admin/roles/probation-officer");
		assertThat(shown).isEmpty();
		assertThat(admin.get("/admin/audit").body()).contains("Unconfirmed", "Apply directly", "England, Wales",
				"Essential");
		assertThat(admin.get("/admin").body()).contains("An earlier year’s rates");
	}

	@Test
	void theCheckFindsAChoiceNameInPlainText() {
		assertThat(choiceNames()).contains("EARLIER_YEAR_RATES", "NOT_HELD", "IN_REVIEW", "DIRECT_APPLICATION");
		Matcher matcher = CAPITALS.matcher(visibleText("<p class=\"NOT_HELD\">Status: NOT_HELD</p>"));
		assertThat(matcher.find()).isTrue();
		assertThat(matcher.group()).isEqualTo("NOT_HELD");
		assertThat(matcher.find()).isFalse();
	}

	/**
	 * Every constant of every enum in the application, as its name.
	 */
	static Set<String> choiceNames() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		Set<String> names = new TreeSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("uk.probationcareers")) {
			Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
			for (Object constant : type.getEnumConstants()) {
				names.add(((Enum<?>) constant).name());
			}
		}
		return names;
	}

	/**
	 * The text a person reads: no scripts, styles, tags or attribute values.
	 */
	static String visibleText(String html) {
		return html.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private void change(String recordType, String idQuery, String field, String before, String after) {
		this.jdbc.update("""
				INSERT INTO audit_entry (record_type, record_id, record_label, action, username, occurred_at)
				VALUES (?, ?, 'Changed row', 'UPDATE', 'editor', ?)""", recordType, id(idQuery),
				OffsetDateTime.now(this.clock));
		long entry = id("SELECT MAX(id) FROM audit_entry");
		this.jdbc.update(
				"INSERT INTO audit_change (entry_id, position, field, old_value, new_value) VALUES (?, 0, ?, ?, ?)",
				entry, field, before, after);
	}

}
