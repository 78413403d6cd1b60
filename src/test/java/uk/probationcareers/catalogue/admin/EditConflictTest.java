package uk.probationcareers.catalogue.admin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.admin.EditConflict;
import uk.probationcareers.support.AdminPagesTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two editors change the same row: the second to save is shown both versions and loses
 * nothing.
 */
class EditConflictTest extends AdminPagesTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SkillAdmin skills;

	@Autowired
	PlatformTransactionManager transactions;

	long newSkill(String code, String name) throws Exception {
		this.mvc.perform(postChange("/admin/skills/new", "code", code, "name", name))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from skill where code = ?", Long.class, code);
	}

	long version(long id) {
		return this.jdbc.queryForObject("select version from skill where id = ?", Long.class, id);
	}

	@Test
	void aSaveBasedOnAStaleVersionGetsBothVersionsSideBySideWithTheInputKept() throws Exception {
		long id = newSkill("conflicted", "First name");
		long loaded = version(id);
		this.mvc
			.perform(postChange("/admin/skills/" + id + "/edit", "version", String.valueOf(loaded), "code",
					"conflicted", "name", "Saved by someone else"))
			.andExpect(redirectedUrl("/admin/skills"));

		this.mvc
			.perform(postChange("/admin/skills/" + id + "/edit", "version", String.valueOf(loaded), "code",
					"conflicted", "name", "My own wording", "description", "Mine too"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else has saved a change to this")))
			.andExpect(content().string(containsString("Your version")))
			.andExpect(content().string(containsString("The current saved version")))
			.andExpect(content().string(containsString(">Saved by someone else</td>")))
			.andExpect(content().string(containsString(">My own wording</td>")))
			.andExpect(content().string(containsString("value=\"My own wording\"")))
			.andExpect(content().string(containsString("Mine too</textarea>")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")))
			.andExpect(content().string(containsString("Save my version instead")));
		assertThat(this.jdbc.queryForObject("select name from skill where id = ?", String.class, id))
			.isEqualTo("Saved by someone else");

		this.mvc
			.perform(postChange("/admin/skills/" + id + "/edit", "version", String.valueOf(version(id)), "code",
					"conflicted", "name", "My own wording", "description", "Mine too"))
			.andExpect(redirectedUrl("/admin/skills"));
		assertThat(this.jdbc.queryForObject("select name from skill where id = ?", String.class, id))
			.isEqualTo("My own wording");
	}

	@Test
	void aSaveWithoutAVersionIsTreatedAsStale() throws Exception {
		long id = newSkill("no-version", "Name");
		this.mvc.perform(postChange("/admin/skills/" + id + "/edit", "code", "no-version", "name", "Other"))
			.andExpect(status().isConflict());
	}

	@Test
	@WithMockUser(username = "racer", roles = "EDITOR")
	void whenTwoTransactionsLoadTheSameRowTheSecondToWriteGetsAConflictNotALostUpdate() throws Exception {
		long id = newSkill("raced", "Before the race");
		long loaded = version(id);
		TransactionTemplate first = new TransactionTemplate(this.transactions);
		TransactionTemplate second = new TransactionTemplate(this.transactions);
		second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatExceptionOfType(EditConflict.class).isThrownBy(() -> first.executeWithoutResult((one) -> {
			SkillForm mine = this.skills.form(id);
			second.executeWithoutResult((two) -> {
				SkillForm theirs = this.skills.form(id);
				theirs.setName("Won the race");
				this.skills.update(id, theirs);
			});
			assertThat(mine.getVersion()).isEqualTo(loaded);
			mine.setName("Lost the race");
			this.skills.update(id, mine);
		}));

		assertThat(this.jdbc.queryForObject("select name from skill where id = ?", String.class, id))
			.isEqualTo("Won the race");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where record_type = 'skills' and record_id = ? and action = 'UPDATE'",
				Long.class, id))
			.isOne();
	}

}
