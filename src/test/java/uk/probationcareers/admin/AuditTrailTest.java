package uk.probationcareers.admin;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.probationcareers.support.AdminPagesTest;
import uk.probationcareers.support.ChangeReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	List<Map<String, Object>> changes(long entry) {
		return this.jdbc.queryForList(
				"select field, old_value, new_value from audit_change where entry_id = ? order by position", entry);
	}

	@Test
	void createUpdateAndDeleteAreRecordedWithWhoWhenAndEachFieldsOldAndNewValue() throws Exception {
		OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
		this.mvc.perform(postChange("/admin/skills/new", "code", "audited", "name", "Old name", "description", "Kept"))
			.andExpect(redirectedUrl("/admin/skills"));
		long id = this.jdbc.queryForObject("select id from skill where code = 'audited'", Long.class);
		this.mvc
			.perform(postChange("/admin/skills/" + id + "/edit", "version", "0", "code", "audited", "name", "New name",
					"description", "Kept"))
			.andExpect(redirectedUrl("/admin/skills"));
		this.mvc.perform(postChange("/admin/skills/" + id + "/delete")).andExpect(redirectedUrl("/admin/skills"));

		List<Map<String, Object>> entries = this.jdbc
			.queryForList("select * from audit_entry where record_type = 'skills' and record_id = ? order by id", id);
		assertThat(entries).extracting((entry) -> entry.get("ACTION")).containsExactly("CREATE", "UPDATE", "DELETE");
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.get("USERNAME")).isEqualTo("editor");
			assertThat(entry.get("RECORD_LABEL")).isEqualTo("audited");
			assertThat(entry.get("REASON")).as("the editor's reason, kept beside the change")
				.isEqualTo(ChangeReason.TEXT);
			assertThat(((OffsetDateTime) this.jdbc.queryForObject("select occurred_at from audit_entry where id = ?",
					OffsetDateTime.class, entry.get("ID"))))
				.isAfter(before)
				.isBefore(OffsetDateTime.now().plusSeconds(1));
		});
		assertThat(changes((Long) entries.get(0).get("ID"))).extracting((change) -> change.get("FIELD"))
			.containsExactly("code", "name", "description");
		assertThat(changes((Long) entries.get(1).get("ID")))
			.containsExactly(Map.of("FIELD", "name", "OLD_VALUE", "Old name", "NEW_VALUE", "New name"));
		assertThat(changes((Long) entries.get(2).get("ID")))
			.allSatisfy((change) -> assertThat(change.get("NEW_VALUE")).isNull());
	}

	@Test
	void theEditPageAndTheSiteWideTrailShowTheChangeNewestFirst() throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", "shown-in-trail", "name", "First"))
			.andExpect(redirectedUrl("/admin/skills"));
		long id = this.jdbc.queryForObject("select id from skill where code = 'shown-in-trail'", Long.class);
		this.mvc
			.perform(postChange("/admin/skills/" + id + "/edit", "version", "0", "code", "shown-in-trail", "name",
					"Second"))
			.andExpect(redirectedUrl("/admin/skills"));
		this.mvc.perform(get("/admin/skills/" + id + "/edit"))
			.andExpect(content().string(containsString("History of changes")))
			.andExpect(content().string(stringContainsInOrder("Changed", "First", "Second", "Added")));
		this.mvc.perform(get("/admin/audit"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder("shown-in-trail", "Changed", "shown-in-trail", "Added")));
	}

	@Test
	void noMappedHandlerCanChangeOrRemoveAnAuditEntry() throws Exception {
		for (Map.Entry<RequestMappingInfo, ?> mapping : this.mappings.getHandlerMethods().entrySet()) {
			if (mapping.getKey().getPatternValues().stream().anyMatch((path) -> path.startsWith("/admin/audit"))) {
				assertThat(mapping.getKey().getMethodsCondition().getMethods()).containsExactly(RequestMethod.GET);
			}
		}
		this.mvc.perform(postForm("/admin/audit")).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(put("/admin/audit").with(csrf())).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(delete("/admin/audit").with(csrf())).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(postForm("/admin/audit/1/edit")).andExpect(status().isNotFound());
		this.mvc.perform(postForm("/admin/audit/1/delete")).andExpect(status().isNotFound());
	}

	@Test
	void theAuditRepositoryOffersNoWayToUpdateOrDeleteAndEntriesHaveNoSetters() {
		assertThat(CrudRepository.class.isAssignableFrom(AuditEntryRepository.class)).isFalse();
		assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
			.containsExactlyInAnyOrder("save", "findByRecord", "findNewestFirst", "findNewestFirst", "findById");
		assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
			.filter((method) -> Modifier.isPublic(method.getModifiers()))
			.map(Method::getName)).allMatch((name) -> name.startsWith("get"));
	}

}
