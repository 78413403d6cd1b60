package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.probationcareers.admin.DeleteForm;
import uk.probationcareers.catalogue.admin.SkillForm;
import uk.probationcareers.catalogue.admin.SourceForm;
import uk.probationcareers.feedback.ProblemForm;
import uk.probationcareers.pay.admin.PayAwardEventForm;
import uk.probationcareers.pay.admin.PayBandForm;
import uk.probationcareers.routes.admin.EntryRouteForm;
import uk.probationcareers.routes.admin.RecruitmentWindowForm;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every form that saves public content, with every free-text field as long as the form
 * allows (the limits read from the forms' own constraints, so a new field cannot be
 * missed), saves, goes through the whole workflow and shows escaped on the public pages;
 * and no form allows more than the column it is saved to holds.
 */
@TestPropertySource(properties = "site.test-database=maximum-length-forms")
class MaximumLengthFormsTest extends AdminPagesTest {

	/**
	 * Characters of one, two and three bytes in UTF-8, and markup that must be escaped.
	 */
	private static final String FILLER = "Ŵé€ <b>&</b> ăß—ü ";

	/**
	 * Fields whose length other rules decide: a pay year has its own format ("2025/26")
	 * and an award year must name an award that exists.
	 */
	private static final Set<String> SHORTER_BY_OTHER_RULES = Set.of("PayBandForm.payYear",
			"PayBandForm.pendingAwardYear", "PayAwardEventForm.award");

	/**
	 * Where each limited field is saved: form property to table.column.
	 */
	private static final Map<String, String> COLUMNS = columns();

	/**
	 * The limits {@link ListRules} sets on each list row, where a row is checked by hand.
	 */
	private static final Map<String, Integer> ROW_LIMITS = Map.of("duties.text", 1000, "requirements.text", 1000,
			"career-path.note", 1000, "career-path.extra", 200, "sources.note", 1000);

	private static final Map<String, String> ROW_COLUMNS = Map.of("duties.text", "role_edition_duty.description",
			"requirements.text", "role_edition_requirement.requirement", "career-path.note",
			"role_edition_career_link.note", "career-path.extra", "role_edition_career_link.typical_time",
			"sources.note", "role_edition_source.supports");

	private static final List<Class<?>> FORMS = List.of(SkillForm.class, SourceForm.class, EntryRouteForm.class,
			RecruitmentWindowForm.class, PayBandForm.class, PayAwardEventForm.class, NewRoleForm.class,
			DetailsForm.class, RoutesPayForm.class, PublishForm.class, WithdrawForm.class, AddressForm.class,
			ProblemForm.class, DeleteForm.class);

	/** The longest submit note or send-back comment (Workflow.LONGEST_NOTE). */
	private static final int LONGEST_NOTE = 2000;

	@Autowired
	Validator validator;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyFormSavedWithEveryFieldAtItsLongestGoesThroughTheWholeWorkflowAndShowsEscaped() throws Exception {
		Map<String, String> source = save("/admin/sources/new", SourceForm.class, "source", "dateChecked.day", "1",
				"dateChecked.month", "12", "dateChecked.year", "2026", "homePageOnly", "false");
		String sourceCode = source.get("code");
		Map<String, String> skill = save("/admin/skills/new", SkillForm.class, "skill");
		Map<String, String> band = save("/admin/pay-bands/new", PayBandForm.class, "band", "payYear", "2025/26",
				"pendingAwardYear", "", "minimumPay", "30000", "maximumPay", "35000", "awardStatus", "AGREED",
				"figureBasis", "PAY_SCALE", "source", sourceCode);
		Map<String, String> route = save("/admin/entry-routes/new", EntryRouteForm.class, "route", "details.routeType",
				"TRAINEE_PROGRAMME", "details.source", sourceCode, "eligibility.nations", "ENGLAND",
				"staffAndStudy.staffRule", "ANYONE", "staffAndStudy.guidanceDated.day", "1",
				"staffAndStudy.guidanceDated.month", "11", "staffAndStudy.guidanceDated.year", "2026",
				"training.recruitmentSource", sourceCode);
		String routeCode = route.get("code");
		Map<String, String> window = save("/admin/recruitment-windows/new", RecruitmentWindowForm.class, "window",
				"route", routeCode, "opensOn.day", "1", "opensOn.month", "1", "opensOn.year", "2027", "closesOn.day",
				"1", "closesOn.month", "2", "closesOn.year", "2027", "startsOn.day", "1", "startsOn.month", "9",
				"startsOn.year", "2027", "source", sourceCode, "dateChecked.day", "1", "dateChecked.month", "12",
				"dateChecked.year", "2026");
		Map<String, String> event = save("/admin/pay-award-events/new", PayAwardEventForm.class, "event", "award",
				"2025/26", "kind", "STATEMENT", "eventDate.day", "20", "eventDate.month", "11", "eventDate.year",
				"2026", "source", sourceCode);

		List<Map<String, Object>> waiting = this.jdbc
			.queryForList("SELECT record_type, record_id, MAX(entry_id) AS newest FROM change_awaiting_check"
					+ " GROUP BY record_type, record_id");
		assertThat(waiting).hasSizeGreaterThanOrEqualTo(6);
		for (Map<String, Object> row : waiting) {
			this.mvc.perform(as("bob", postForm("/admin/checks", "entry", String.valueOf(row.get("newest")))))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM change_awaiting_check", Long.class)).isZero();

		Map<String, String> newRole = values(NewRoleForm.class, "newrole");
		String slug = newRole.get("slug");
		String edition = "/admin/roles/" + slug + "/editions/1";
		post("alice", "/admin/roles/new", NewRoleForm.class, newRole, "group", "RELATED", "nations", "ENGLAND");
		Map<String, String> details = values(DetailsForm.class, "details");
		post("alice", edition + "/details", DetailsForm.class, details, "version", editionVersion(edition), "hoursMin",
				"30", "hoursMax", "37", "socCode", "3411", "nations", "ENGLAND");
		Map<String, String> pay = values(RoutesPayForm.class, "pay");
		post("alice", edition + "/routes-pay", RoutesPayForm.class, pay, "version", editionVersion(edition),
				"entryRoutes", routeCode, "payBand", band.get("code"));
		Map<String, String> rows = new LinkedHashMap<>();
		saveList(edition, "duties", rows, "rows[0].text", text("duty", ROW_LIMITS.get("duties.text")));
		saveList(edition, "requirements", rows, "rows[0].text",
				text("requirement", ROW_LIMITS.get("requirements.text")));
		saveList(edition, "skills", rows, "rows[0].choice", skill.get("code"), "rows[0].kind", "ESSENTIAL");
		saveList(edition, "career-path", rows, "rows[0].choice", "probation-service-officer", "rows[0].kind",
				"PROGRESSION", "rows[0].note", text("careernote", ROW_LIMITS.get("career-path.note")), "rows[0].extra",
				text("careertime", ROW_LIMITS.get("career-path.extra")), "rows[0].route", routeCode);
		saveList(edition, "sources", rows, "rows[0].choice", sourceCode, "rows[0].note",
				text("supports", ROW_LIMITS.get("sources.note")));

		String note = text("submitnote", 2000);
		this.mvc.perform(as("alice", postForm(edition + "/submit", "note", note)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as("bob",
					postForm(edition + "/send-back", "version", editionVersion(edition), "comment",
							text("sendback", 2000))))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as("alice", postForm(edition + "/submit"))).andExpect(status().is3xxRedirection());
		Map<String, String> publish = values(PublishForm.class, "publish");
		post("bob", edition + "/publish", PublishForm.class, publish, "version", editionVersion(edition), "changeKind",
				"MAJOR");

		this.mvc.perform(get("/roles/" + slug))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("€ <b>"))))
			.andExpect(shows(details.get("title")))
			.andExpect(shows(details.get("summary")))
			.andExpect(shows(details.get("caseload")))
			.andExpect(shows(details.get("workingEnvironment")))
			.andExpect(shows(pay.get("payNote")))
			.andExpect(shows(rows.get("duties.rows[0].text")))
			.andExpect(shows(rows.get("requirements.rows[0].text")))
			.andExpect(shows(skill.get("name")))
			.andExpect(shows(details.get("hoursPattern")))
			.andExpect(shows(details.get("otherTitles")))
			.andExpect(shows(rows.get("career-path.rows[0].note")))
			.andExpect(shows(rows.get("sources.rows[0].note")))
			.andExpect(shows(source.get("title")));
		this.mvc.perform(get("/routes/" + routeCode))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("€ <b>"))))
			.andExpect(shows(route.get("details.name")))
			.andExpect(shows(route.get("details.summary")))
			.andExpect(shows(route.get("eligibility.entryRequirements")))
			.andExpect(shows(route.get("training.nextSteps")))
			.andExpect(shows(route.get("staffAndStudy.guidance")))
			.andExpect(shows(window.get("intake")));
		this.mvc.perform(get("/pay"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("€ <b>"))))
			.andExpect(shows(band.get("band")))
			.andExpect(shows(event.get("description")))
			.andExpect(shows(event.get("dateLabel")))
			.andExpect(shows(band.get("note")));
		this.mvc.perform(get("/search").param("q", "details.title"))
			.andExpect(status().isOk())
			.andExpect(shows(details.get("title")));
		this.mvc.perform(get("/compare").param("roles", slug + ",probation-service-officer"))
			.andExpect(status().isOk())
			.andExpect(shows(details.get("title")));
		assertThat(window.get("intake")).hasSize(100);

		Map<String, String> problem = values(ProblemForm.class, "problem");
		post("alice", "/feedback/problem", ProblemForm.class, problem, "page", "/roles/" + slug);

		Map<String, String> address = values(AddressForm.class, "address");
		post("alice", "/admin/roles/" + slug + "/address", AddressForm.class, address);
		Map<String, String> withdraw = values(WithdrawForm.class, "withdraw");
		post("alice", "/admin/roles/" + address.get("slug") + "/withdraw", WithdrawForm.class, withdraw);

		this.mvc.perform(get("/admin/audit").with(user("bob").roles("EDITOR"))).andExpect(status().isOk());
		assertThat(this.jdbc.queryForList("SELECT record_label FROM audit_entry", String.class))
			.allSatisfy((label) -> assertThat(label.length()).isLessThanOrEqualTo(200));
	}

	@Test
	void aStepNoteOrCommentLongerThanItsColumnIsRefusedWithABadRequestNeverAFailure() throws Exception {
		String edition = "/admin/roles/role-with-long-notes/editions/1";
		this.mvc
			.perform(as("alice",
					postForm("/admin/roles/new", "slug", "role-with-long-notes", "group", "RELATED", "title",
							"Role with long notes", "summary", "A role.", "nations", "ENGLAND")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(as("alice", postForm(edition + "/submit", "note", text("submitnote", LONGEST_NOTE + 1))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no more than 2000 characters")));
		this.mvc.perform(as("alice", postForm(edition + "/submit", "note", text("submitnote", LONGEST_NOTE))))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(as("bob",
					postForm(edition + "/send-back", "version", editionVersion(edition), "comment",
							text("sendback", LONGEST_NOTE + 1))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("no more than 2000 characters")));
		assertThat(this.jdbc.queryForObject("""
				SELECT e.state FROM role_edition e JOIN role r ON r.id = e.role_id
				WHERE r.slug = 'role-with-long-notes'""", String.class)).isEqualTo("IN_REVIEW");
	}

	@Test
	void noFormAllowsMoreThanTheColumnItIsSavedToHolds() {
		Map<String, Integer> limits = new TreeMap<>();
		for (Class<?> form : FORMS) {
			limits.putAll(limits(form));
		}
		assertThat(COLUMNS.keySet()).as("every limited field has its column named")
			.containsExactlyInAnyOrderElementsOf(limits.keySet());
		limits.forEach((field, max) -> assertThat(max).as(field + " -> " + COLUMNS.get(field))
			.isLessThanOrEqualTo(columnSize(COLUMNS.get(field))));
		ROW_LIMITS.forEach((field, max) -> assertThat(max).as(field + " -> " + ROW_COLUMNS.get(field))
			.isLessThanOrEqualTo(columnSize(ROW_COLUMNS.get(field))));
		assertThat(LONGEST_NOTE)
			.as("submit note and send-back comment -> editorial_step.note, role_edition.review_comment")
			.isLessThanOrEqualTo(columnSize("editorial_step.note"))
			.isLessThanOrEqualTo(columnSize("role_edition.review_comment"));
	}

	private int columnSize(String tableAndColumn) {
		String[] parts = tableAndColumn.split("\\.");
		return this.jdbc.queryForObject(
				"SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS WHERE LOWER(TABLE_NAME) = ?"
						+ " AND LOWER(COLUMN_NAME) = ? AND LOWER(TABLE_SCHEMA) = 'public'",
				Integer.class, parts[0], parts[1]);
	}

	/**
	 * Saves a catalogue form as alice with every limited field at its longest, and
	 * answers the fields sent.
	 */
	private Map<String, String> save(String path, Class<?> form, String tag, String... others) throws Exception {
		Map<String, String> values = values(form, tag);
		post("alice", path, form, values, others);
		return values;
	}

	private void post(String username, String path, Class<?> form, Map<String, String> values, String... others)
			throws Exception {
		for (int i = 0; i < others.length; i += 2) {
			values.put(others[i], others[i + 1]);
		}
		limits(form).forEach((field, max) -> {
			if (!SHORTER_BY_OTHER_RULES.contains(field)) {
				String param = field.substring(field.indexOf('.') + 1);
				assertThat(values.get(param)).as(field).hasSize(max);
			}
		});
		MockHttpServletRequestBuilder request = as(username, postForm(path, values)).header("Sec-Fetch-Site",
				"same-origin");
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private void saveList(String edition, String section, Map<String, String> saved, String... namesAndValues)
			throws Exception {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			saved.put(section + "." + namesAndValues[i], namesAndValues[i + 1]);
		}
		this.mvc
			.perform(as("alice",
					postForm(edition + "/" + section, namesAndValues).param("version", editionVersion(edition))))
			.andExpect(status().is3xxRedirection());
	}

	/**
	 * Every limited field of the form, nested parts included, as "Form.path" to its
	 * maximum, read from the form's constraints.
	 */
	private Map<String, Integer> limits(Class<?> form) {
		Map<String, Integer> limits = new TreeMap<>();
		walk(form, "", (property, size, pattern) -> limits.put(form.getSimpleName() + "." + property, size));
		return limits;
	}

	/**
	 * A value of exactly the longest length for every limited field of the form.
	 */
	private Map<String, String> values(Class<?> form, String tag) {
		Map<String, String> values = new LinkedHashMap<>();
		walk(form, "", (property, size, pattern) -> values.put(property, value(tag + "." + property, size, pattern)));
		return values;
	}

	private void walk(Class<?> type, String prefix, Limited found) {
		for (PropertyDescriptor property : this.validator.getConstraintsForClass(type).getConstrainedProperties()) {
			String name = prefix + property.getPropertyName();
			if (property.isCascaded()) {
				walk(property.getElementClass(), name + ".", found);
			}
			List<ConstraintDescriptor<?>> constraints = new ArrayList<>();
			property.getConstraintDescriptors().forEach((constraint) -> flatten(constraint, constraints));
			Integer size = null;
			String pattern = null;
			for (ConstraintDescriptor<?> constraint : constraints) {
				if (constraint.getAnnotation() instanceof Size limit) {
					size = limit.max();
				}
				if (constraint.getAnnotation() instanceof Pattern rule) {
					pattern = rule.regexp();
				}
			}
			if (size != null) {
				found.field(name, size, pattern);
			}
		}
	}

	private static void flatten(ConstraintDescriptor<?> constraint, List<ConstraintDescriptor<?>> into) {
		into.add(constraint);
		constraint.getComposingConstraints().forEach((composing) -> flatten(composing, into));
	}

	private static String value(String tag, int max, String pattern) {
		if (pattern == null) {
			return text(tag, max);
		}
		if (pattern.contains("https?")) {
			return pad("https://example.org/" + tag.replaceAll("[^a-z]", "") + "/", "a", max);
		}
		return pad(tag.replaceAll("[^a-z]", "") + "-", "a", max);
	}

	/**
	 * Plain text of exactly {@code max} characters, starting with the tag.
	 */
	static String text(String tag, int max) {
		String text = pad(tag + " ", FILLER, max);
		return Character.isWhitespace(text.charAt(max - 1)) ? text.substring(0, max - 1) + "z" : text;
	}

	private static String pad(String start, String filler, int max) {
		StringBuilder text = new StringBuilder(start);
		while (text.length() < max) {
			text.append(filler);
		}
		return text.substring(0, max);
	}

	private static org.springframework.test.web.servlet.ResultMatcher shows(String value) {
		return content().string(containsString(value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")));
	}

	private static MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		return request.with(user(username).roles("EDITOR"));
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String form : List.of("SkillForm", "SourceForm", "EntryRouteForm", "PayBandForm")) {
			columns.put(form + ".code", switch (form) {
				case "SkillForm" -> "skill.code";
				case "SourceForm" -> "source.code";
				case "EntryRouteForm" -> "entry_route.code";
				default -> "pay_band.code";
			});
		}
		for (String form : List.of("SkillForm", "SourceForm", "EntryRouteForm", "PayBandForm", "RecruitmentWindowForm",
				"PayAwardEventForm")) {
			columns.put(form + ".reason", "audit_entry.reason");
		}
		columns.put("DeleteForm.reason", "audit_entry.reason");
		columns.put("SkillForm.name", "skill.name");
		columns.put("SkillForm.description", "skill.description");
		columns.put("SourceForm.title", "source.title");
		columns.put("SourceForm.publisher", "source.publisher");
		columns.put("SourceForm.url", "source.url");
		columns.put("SourceForm.licence", "source.licence");
		columns.put("EntryRouteForm.details.name", "entry_route.name");
		columns.put("EntryRouteForm.details.summary", "entry_route.summary");
		columns.put("EntryRouteForm.details.qualificationGained", "entry_route.qualification_gained");
		columns.put("EntryRouteForm.eligibility.entryRequirements", "entry_route.entry_requirements");
		columns.put("EntryRouteForm.eligibility.experienceNeeded", "entry_route.experience_needed");
		columns.put("EntryRouteForm.staffAndStudy.guidance", "entry_route.guidance");
		columns.put("EntryRouteForm.training.nextSteps", "entry_route.next_steps");
		columns.put("EntryRouteForm.training.intakes", "entry_route.intakes");
		columns.put("EntryRouteForm.training.registerInterestUrl", "entry_route.register_interest_url");
		columns.put("RecruitmentWindowForm.intake", "recruitment_window.intake");
		columns.put("PayBandForm.organisation", "pay_band.organisation");
		columns.put("PayBandForm.band", "pay_band.band");
		columns.put("PayBandForm.payYear", "pay_band.pay_year");
		columns.put("PayBandForm.allowances", "pay_band.allowances");
		columns.put("PayBandForm.pendingAwardYear", "pay_band.pending_award_year");
		columns.put("PayBandForm.note", "pay_band.note");
		columns.put("PayAwardEventForm.award", "pay_award.award_year");
		columns.put("PayAwardEventForm.dateLabel", "pay_award_event.date_label");
		columns.put("PayAwardEventForm.description", "pay_award_event.description");
		columns.put("NewRoleForm.slug", "role.slug");
		columns.put("NewRoleForm.title", "role_edition.title");
		columns.put("NewRoleForm.summary", "role_edition.summary");
		columns.put("DetailsForm.title", "role_edition.title");
		columns.put("DetailsForm.otherTitles", "role_edition_other_title.title");
		columns.put("DetailsForm.summary", "role_edition.summary");
		columns.put("DetailsForm.caseload", "role_edition.caseload");
		columns.put("DetailsForm.workingEnvironment", "role_edition.working_environment");
		columns.put("DetailsForm.hoursPattern", "role_edition.hours_pattern");
		columns.put("RoutesPayForm.payNote", "role_edition.pay_note");
		columns.put("PublishForm.changeNote", "role_edition.change_note");
		columns.put("PublishForm.reason", "role_edition.force_reason");
		columns.put("WithdrawForm.reason", "role_edition.withdrawal_reason");
		columns.put("AddressForm.slug", "role.slug");
		columns.put("ProblemForm.doing", "feedback_report.doing");
		columns.put("ProblemForm.wentWrong", "feedback_report.went_wrong");
		return columns;
	}

	@FunctionalInterface
	private interface Limited {

		void field(String property, int size, String pattern);

	}

}
