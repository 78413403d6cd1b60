package uk.probationcareers.catalogue.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

class SkillAdminTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	long skillId(String code) {
		return this.jdbc.queryForObject("select id from skill where code = ?", Long.class, code);
	}

	@Test
	void theSkillListLinksToEachSkillsEditPage() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from skill", Long.class);
		this.mvc.perform(get("/admin/skills"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/skills/" + id + "/edit\"")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aNewSkillIsSavedAndTheEditorIsSentBackToTheListWithASuccessMessage() throws Exception {
		this.mvc
			.perform(postChange("/admin/skills/new", "code", "sign-language", "name", "British Sign Language",
					"description", "Signing with people who are deaf."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/skills"))
			.andExpect(flash().attribute("flash", "Added sign-language."));
		assertThat(this.jdbc.queryForObject("select name from skill where code = 'sign-language'", String.class))
			.isEqualTo("British Sign Language");
	}

	@Test
	void textIsSavedTrimmedAndABlankOptionalAnswerAsNoValue() throws Exception {
		this.mvc
			.perform(postChange("/admin/skills/new", "code", " padded ", "name", "  Padded name\t", "description",
					" \r\n "))
			.andExpect(redirectedUrl("/admin/skills"));
		assertThat(this.jdbc.queryForMap("select name, description from skill where code = 'padded'"))
			.containsEntry("NAME", "Padded name")
			.containsEntry("DESCRIPTION", null);
	}

	@Test
	void aSkillWithoutANameIsRefusedWithTheErrorSummaryAndTheInputKept() throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", "kept-code", "name", " ", "description", "Kept words"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("<title>Error: Add a skill")))
			.andExpect(content().string(containsString("There is a problem")))
			.andExpect(content().string(containsString("href=\"#name\">Enter the skill’s name")))
			.andExpect(content().string(containsString("id=\"name-error\"")))
			.andExpect(content().string(containsString("value=\"kept-code\"")))
			.andExpect(content().string(containsString("Kept words")));
	}

	@Test
	void aCodeThatIsNotUrlSafeIsRefused() throws Exception {
		for (String code : new String[] { "Has Capitals", "under_score", "trailing-", "a/b", "" }) {
			this.mvc.perform(postChange("/admin/skills/new", "code", code, "name", "A skill"))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("href=\"#code\"")));
		}
	}

	@Test
	void aCodeAlreadyUsedByAnotherSkillIsRefused() throws Exception {
		String taken = this.jdbc.queryForObject("select min(code) from skill", String.class);
		this.mvc.perform(postChange("/admin/skills/new", "code", taken, "name", "Copy"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Another row already uses this code")));
	}

	@Test
	void textLongerThanItsColumnIsRefusedWithTheLimit() throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", "long-name", "name", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter no more than 200 characters")));
		this.mvc.perform(postChange("/admin/skills/new", "code", "c".repeat(61), "name", "Fine"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter no more than 60 characters")));
	}

	@Test
	void anUnusedSkillIsDeletedOnlyByAPostAfterTheConfirmationPage() throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", "to-delete", "name", "Short-lived"))
			.andExpect(status().is3xxRedirection());
		long id = skillId("to-delete");
		this.mvc.perform(get("/admin/skills/" + id + "/delete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Are you sure you want to delete the skill")))
			.andExpect(content().string(containsString("method=\"post\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from skill where id = ?", Long.class, id)).isOne();
		this.mvc.perform(postChange("/admin/skills/" + id + "/delete"))
			.andExpect(redirectedUrl("/admin/skills"))
			.andExpect(flash().attribute("flash", "Deleted to-delete."));
		assertThat(this.jdbc.queryForObject("select count(*) from skill where id = ?", Long.class, id)).isZero();
	}

	@Test
	void aSkillUsedByRoleEditionsCannotBeDeletedAndThePageSaysWhatUsesIt() throws Exception {
		long id = this.jdbc.queryForObject("select min(skill_id) from role_edition_skill", Long.class);
		long uses = this.jdbc.queryForObject("select count(*) from role_edition_skill where skill_id = ?", Long.class,
				id);
		String usedBy = (uses == 1) ? "1 role edition lists this skill" : uses + " role editions list this skill";
		this.mvc.perform(get("/admin/skills/" + id + "/delete"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(usedBy)))
			.andExpect(content().string(not(containsString("Yes, delete"))));
		this.mvc.perform(postChange("/admin/skills/" + id + "/delete"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(usedBy)));
		assertThat(this.jdbc.queryForObject("select count(*) from skill where id = ?", Long.class, id)).isOne();
	}

	@Test
	void anUnknownSkillIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/skills/999999/edit")).andExpect(status().isNotFound());
		this.mvc.perform(postChange("/admin/skills/999999/delete")).andExpect(status().isNotFound());
	}

}
