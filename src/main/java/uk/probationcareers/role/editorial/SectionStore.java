package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.probationcareers.model.CommaSeparated;

/**
 * Reads a draft's sections into forms and writes them back; each list is replaced whole,
 * in the order the editor left it.
 */
@Repository
class SectionStore {

	private final JdbcTemplate jdbc;

	SectionStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	DetailsForm details(long editionId) {
		DetailsForm form = this.jdbc.queryForObject("SELECT * FROM role_edition WHERE id = ?", (rs, row) -> {
			DetailsForm details = new DetailsForm();
			details.setVersion(rs.getLong("version"));
			details.setTitle(rs.getString("title"));
			details.setSummary(rs.getString("summary"));
			details.setCaseload(rs.getString("caseload"));
			details.setWorkingEnvironment(rs.getString("working_environment"));
			details.setHoursMin(rs.getObject("hours_min", Integer.class));
			details.setHoursMax(rs.getObject("hours_max", Integer.class));
			details.setHoursPattern(rs.getString("hours_pattern"));
			details.setSocCode(rs.getString("soc_code"));
			details.setNations(new ArrayList<>(CommaSeparated.split(rs.getString("nations"))));
			return details;
		}, editionId);
		form.setOtherTitles(String.join("\n",
				this.jdbc.queryForList(
						"SELECT title FROM role_edition_other_title WHERE edition_id = ? ORDER BY position",
						String.class, editionId)));
		return form;
	}

	void saveDetails(long editionId, DetailsForm form) {
		this.jdbc.update("""
				UPDATE role_edition SET title = ?, summary = ?, caseload = ?, working_environment = ?, hours_min = ?,
				    hours_max = ?, hours_pattern = ?, soc_code = ?, nations = ? WHERE id = ?""",
				form.getTitle().strip(), form.getSummary().strip(), form.getCaseload(), form.getWorkingEnvironment(),
				form.getHoursMin(), form.getHoursMax(), form.getHoursPattern(), form.getSocCode(),
				CommaSeparated.join(form.getNations()), editionId);
		this.jdbc.update("DELETE FROM role_edition_other_title WHERE edition_id = ?", editionId);
		List<String> titles = form.otherTitleList();
		for (int i = 0; i < titles.size(); i++) {
			this.jdbc.update("INSERT INTO role_edition_other_title (edition_id, position, title) VALUES (?, ?, ?)",
					editionId, i + 1, titles.get(i));
		}
	}

	RoutesPayForm routesPay(long editionId) {
		RoutesPayForm form = this.jdbc.queryForObject("""
				SELECT e.version, e.pay_note, p.code FROM role_edition e LEFT JOIN pay_band p ON p.id = e.pay_band_id
				WHERE e.id = ?""", (rs, row) -> {
			RoutesPayForm routes = new RoutesPayForm();
			routes.setVersion(rs.getLong("version"));
			routes.setPayNote(rs.getString("pay_note"));
			routes.setPayBand(rs.getString("code"));
			return routes;
		}, editionId);
		form.setEntryRoutes(new ArrayList<>(this.jdbc.queryForList("""
				SELECT r.code FROM role_edition_entry_route x JOIN entry_route r ON r.id = x.entry_route_id
				WHERE x.edition_id = ? ORDER BY x.position""", String.class, editionId)));
		return form;
	}

	void saveRoutesPay(long editionId, RoutesPayForm form) {
		this.jdbc.update(
				"UPDATE role_edition SET pay_note = ?, pay_band_id = (SELECT id FROM pay_band WHERE code = ?) WHERE id = ?",
				form.getPayNote(), form.getPayBand(), editionId);
		this.jdbc.update("DELETE FROM role_edition_entry_route WHERE edition_id = ?", editionId);
		List<String> routes = form.getEntryRoutes().stream().distinct().toList();
		for (int i = 0; i < routes.size(); i++) {
			this.jdbc.update("""
					INSERT INTO role_edition_entry_route (edition_id, entry_route_id, position)
					VALUES (?, (SELECT id FROM entry_route WHERE code = ?), ?)""", editionId, routes.get(i), i + 1);
		}
	}

	ListForm list(long editionId, ListSection section) {
		ListForm form = new ListForm();
		form.setVersion(
				this.jdbc.queryForObject("SELECT version FROM role_edition WHERE id = ?", Long.class, editionId));
		form.setRows(new ArrayList<>(switch (section) {
			case DUTIES ->
				this.jdbc.query("SELECT description FROM role_edition_duty WHERE edition_id = ? ORDER BY position",
						(rs, row) -> ItemRow.text(rs.getString(1)), editionId);
			case REQUIREMENTS -> this.jdbc.query(
					"SELECT requirement FROM role_edition_requirement WHERE edition_id = ? ORDER BY position",
					(rs, row) -> ItemRow.text(rs.getString(1)), editionId);
			case SKILLS -> this.jdbc.query("""
					SELECT s.code, x.importance FROM role_edition_skill x JOIN skill s ON s.id = x.skill_id
					WHERE x.edition_id = ? ORDER BY x.position""",
					(rs, row) -> new ItemRow(null, rs.getString(1), rs.getString(2), null, null, null), editionId);
			case CAREER_PATH -> this.jdbc.query(
					"""
							SELECT r.slug, x.link_type, x.note, x.typical_time, er.code FROM role_edition_career_link x
							JOIN role r ON r.id = x.target_role_id LEFT JOIN entry_route er ON er.id = x.entry_route_id
							WHERE x.edition_id = ? ORDER BY x.position""", (rs, row) -> new ItemRow(null,
							rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
					editionId);
			case SOURCES -> this.jdbc.query("""
					SELECT s.code, x.supports FROM role_edition_source x JOIN source s ON s.id = x.source_id
					WHERE x.edition_id = ? ORDER BY x.position""",
					(rs, row) -> new ItemRow(null, rs.getString(1), null, rs.getString(2), null, null), editionId);
		}));
		return form;
	}

	void saveList(long editionId, ListSection section, List<ItemRow> rows) {
		String table = switch (section) {
			case DUTIES -> "role_edition_duty";
			case REQUIREMENTS -> "role_edition_requirement";
			case SKILLS -> "role_edition_skill";
			case CAREER_PATH -> "role_edition_career_link";
			case SOURCES -> "role_edition_source";
		};
		this.jdbc.update("DELETE FROM " + table + " WHERE edition_id = ?", editionId);
		for (int i = 0; i < rows.size(); i++) {
			ItemRow row = rows.get(i);
			int position = i + 1;
			switch (section) {
				case DUTIES -> this.jdbc.update(
						"INSERT INTO role_edition_duty (edition_id, position, description) VALUES (?, ?, ?)", editionId,
						position, row.getText().strip());
				case REQUIREMENTS -> this.jdbc.update(
						"INSERT INTO role_edition_requirement (edition_id, position, requirement) VALUES (?, ?, ?)",
						editionId, position, row.getText().strip());
				case SKILLS -> this.jdbc.update("""
						INSERT INTO role_edition_skill (edition_id, skill_id, position, importance)
						VALUES (?, (SELECT id FROM skill WHERE code = ?), ?, ?)""", editionId, row.getChoice(),
						position, row.getKind());
				case CAREER_PATH -> this.jdbc
					.update("""
							INSERT INTO role_edition_career_link (edition_id, target_role_id, link_type, entry_route_id, note,
							    typical_time, position)
							VALUES (?, (SELECT id FROM role WHERE slug = ?), ?, (SELECT id FROM entry_route WHERE code = ?), ?, ?, ?)""",
							editionId, row.getChoice(), row.getKind(), row.getRoute(), row.getNote(), row.getExtra(),
							position);
				case SOURCES -> this.jdbc.update("""
						INSERT INTO role_edition_source (edition_id, source_id, position, supports)
						VALUES (?, (SELECT id FROM source WHERE code = ?), ?, ?)""", editionId, row.getChoice(),
						position, row.getNote());
			}
		}
	}

	/**
	 * What a list's choice column offers, by code: skills, roles or sources.
	 */
	Map<String, String> choices(ListSection section) {
		return switch (section) {
			case SKILLS -> options("SELECT code, name FROM skill ORDER BY name");
			case CAREER_PATH -> options("""
					SELECT r.slug, e.title FROM role r JOIN role_edition e ON e.id = r.live_edition_id
					WHERE r.withdrawn_at IS NULL ORDER BY e.title""");
			case SOURCES -> options("SELECT code, title FROM source ORDER BY title");
			default -> Map.of();
		};
	}

	Map<String, String> entryRoutes() {
		return options("SELECT code, name FROM entry_route ORDER BY name");
	}

	Map<String, String> payBands() {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc.query("SELECT code, organisation, band, pay_year FROM pay_band ORDER BY organisation, band", (rs) -> {
			String year = rs.getString("pay_year");
			options.put(rs.getString("code"), rs.getString("organisation") + ": " + rs.getString("band")
					+ ((year != null) ? " (" + year + ")" : ""));
		});
		return options;
	}

	/**
	 * Every live, not withdrawn role by slug, for onward links.
	 */
	Map<String, String> liveRoles() {
		return choices(ListSection.CAREER_PATH);
	}

	private Map<String, String> options(String sql) {
		Map<String, String> options = new LinkedHashMap<>();
		this.jdbc.query(sql, (rs) -> {
			options.put(rs.getString(1), rs.getString(2));
		});
		return options;
	}

}
