package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Published roles and links written straight into the database for a test, and removed
 * again afterwards.
 */
final class TestRoles {

	private final JdbcTemplate jdbc;

	private final List<String> slugs = new ArrayList<>();

	TestRoles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void add(String slug, String title, String group, String stage) {
		this.jdbc.update("insert into role (slug, role_group, career_stage, display_order) values (?, ?, ?, 99)", slug,
				group, stage);
		this.jdbc.update(
				"""
						insert into role_edition (role_id, edition_number, state, title, summary, nations, last_reviewed,
						        change_note, created_by, created_at, published_by, published_at)
						values ((select id from role where slug = ?), 1, 'PUBLISHED', ?, 'A role added by a test.', 'ENGLAND,WALES',
						        date '2026-11-23', 'Added.', 'test', current_timestamp, 'test', current_timestamp)""",
				slug, title);
		this.jdbc.update("update role set live_edition_id = (select id from role_edition e where e.role_id = role.id)"
				+ " where slug = ?", slug);
		this.slugs.add(slug);
	}

	void link(String from, String to, String typicalTime) {
		this.jdbc.update(
				"""
						insert into role_edition_career_link (edition_id, target_role_id, link_type, note, typical_time, position)
						values ((select live_edition_id from role where slug = ?), (select id from role where slug = ?),
						        'PROGRESSION', 'A step added by a test.', ?, 99)""",
				from, to, typicalTime);
	}

	void removeAll() {
		for (String slug : this.slugs) {
			this.jdbc
				.update("delete from role_edition_career_link where target_role_id = (select id from role where slug = ?)"
						+ " or edition_id in (select e.id from role_edition e join role r on r.id = e.role_id where r.slug = ?)",
						slug, slug);
			this.jdbc.update("update role set live_edition_id = null where slug = ?", slug);
			this.jdbc.update("delete from role_edition where role_id = (select id from role where slug = ?)", slug);
			this.jdbc.update("delete from role where slug = ?", slug);
		}
	}

}
