package uk.probationcareers.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.probationcareers.system.Bursts.Publication;

/**
 * What the database holds once the killed site has been started again and stopped: read
 * straight from its tables, so nothing the site caches can hide a loss.
 */
class AfterTheCrash {

	private static final String PUBLISH_AUDITED = """
			SELECT COUNT(*) FROM audit_entry a JOIN audit_change c ON c.entry_id = a.id
			WHERE a.record_type = 'role-editions' AND a.record_id = ? AND c.field = 'step' AND c.new_value = 'PUBLISH'""";

	private static final String PUBLISH_STEPPED = "SELECT COUNT(*) FROM editorial_step WHERE edition_id = ? AND step = 'PUBLISH'";

	private final Connection connection;

	AfterTheCrash(Connection connection) {
		this.connection = connection;
	}

	/**
	 * The confirmed skills that are not there.
	 */
	List<String> lostSkills(List<String> confirmed) throws SQLException {
		Map<String, Long> skills = skills();
		return confirmed.stream().filter((code) -> !skills.containsKey(code)).toList();
	}

	/**
	 * Skills the burst saved, confirmed or not, without their one audit entry, and audit
	 * entries of skills that are not there.
	 */
	List<String> skillsWithoutTheirAuditEntry() throws SQLException {
		Map<String, Long> skills = skills();
		Map<Long, Long> audited = new HashMap<>();
		for (Map<String, Object> row : rows("SELECT record_id, COUNT(*) AS entries FROM audit_entry"
				+ " WHERE record_type = 'skills' AND action = 'CREATE' GROUP BY record_id")) {
			audited.put(((Number) row.get("record_id")).longValue(), ((Number) row.get("entries")).longValue());
		}
		List<String> problems = new ArrayList<>();
		skills.forEach((code, id) -> {
			if (!Long.valueOf(1).equals(audited.get(id))) {
				problems.add(code + " has " + audited.get(id) + " audit entries");
			}
		});
		audited.keySet()
			.stream()
			.filter((id) -> !skills.containsValue(id))
			.forEach((id) -> problems.add("an audit entry names skill " + id + ", which is not there"));
		return problems;
	}

	/**
	 * Confirmed publications that are not live or superseded with their change note,
	 * recorded step and audit entry, and the edition before them superseded.
	 */
	List<String> publicationsNotWhole(List<Publication> confirmed, String publisher) throws SQLException {
		List<String> problems = new ArrayList<>();
		for (Publication publication : confirmed) {
			Map<String, Object> edition = edition(publication.slug(), publication.number());
			String name = publication.slug() + " edition " + publication.number();
			if (edition == null) {
				problems.add(name + " is gone");
				continue;
			}
			if (!List.of("PUBLISHED", "SUPERSEDED").contains(edition.get("state"))) {
				problems.add(name + " is " + edition.get("state"));
			}
			if (!publication.note().equals(edition.get("change_note")) || !"MAJOR".equals(edition.get("change_kind"))
					|| !publisher.equals(edition.get("published_by"))) {
				problems.add(name + " lacks its change note or publisher: " + edition);
			}
			long id = ((Number) edition.get("id")).longValue();
			if (count(PUBLISH_STEPPED, id) != 1 || count(PUBLISH_AUDITED, id) != 1) {
				problems.add(name + " lacks its recorded step or audit entry");
			}
			Map<String, Object> before = edition(publication.slug(), publication.number() - 1);
			if (before == null || !"SUPERSEDED".equals(before.get("state"))) {
				problems.add(name + ": the edition before it is not superseded: " + before);
			}
		}
		return problems;
	}

	/**
	 * Roles and editions left half published. Each role must have one live edition, the
	 * one its page shows, every earlier published edition superseded and none later; each
	 * edition must be either published with its step recorded, or a draft or in review
	 * with no sign of publishing, and a role has at most one of those.
	 */
	List<String> halfPublished() throws SQLException {
		List<String> problems = new ArrayList<>();
		Map<String, List<Map<String, Object>>> roles = new HashMap<>();
		for (Map<String, Object> edition : rows(
				"""
						SELECT r.slug, r.live_edition_id, e.id, e.edition_number, e.state, e.published_at, e.change_kind,
						    e.created_by, (SELECT COUNT(*) FROM editorial_step s WHERE s.edition_id = e.id AND s.step = 'PUBLISH') AS steps
						FROM role_edition e JOIN role r ON r.id = e.role_id ORDER BY r.slug, e.edition_number""")) {
			roles.computeIfAbsent((String) edition.get("slug"), (slug) -> new ArrayList<>()).add(edition);
		}
		roles.forEach((slug, editions) -> {
			List<Map<String, Object>> live = editions.stream()
				.filter((e) -> "PUBLISHED".equals(e.get("state")))
				.toList();
			if (live.size() != 1 || !live.get(0).get("id").equals(live.get(0).get("live_edition_id"))) {
				problems.add(slug + " has live editions " + live);
				return;
			}
			int liveNumber = ((Number) live.get(0).get("edition_number")).intValue();
			for (Map<String, Object> edition : editions) {
				int number = ((Number) edition.get("edition_number")).intValue();
				boolean published = List.of("PUBLISHED", "SUPERSEDED").contains(edition.get("state"));
				boolean stepped = ((Number) edition.get("steps")).longValue() > 0;
				boolean ours = edition.get("created_by") != null
						&& edition.get("created_by").toString().startsWith("crash-");
				if (published != (edition.get("published_at") != null && edition.get("change_kind") != null)
						|| (ours && published != stepped) || (!published && stepped)
						|| (published && number > liveNumber)
						|| (number < liveNumber && "PUBLISHED".equals(edition.get("state")))) {
					problems.add(slug + " edition " + number + " is half published: " + edition);
				}
			}
			if (editions.stream().filter((e) -> List.of("DRAFT", "IN_REVIEW").contains(e.get("state"))).count() > 1) {
				problems.add(slug + " has more than one open edition");
			}
		});
		return problems;
	}

	private Map<String, Long> skills() throws SQLException {
		Map<String, Long> skills = new HashMap<>();
		for (Map<String, Object> row : rows("SELECT code, id FROM skill WHERE code LIKE 'crash-check-%'")) {
			skills.put((String) row.get("code"), ((Number) row.get("id")).longValue());
		}
		return skills;
	}

	private Map<String, Object> edition(String slug, int number) throws SQLException {
		List<Map<String, Object>> found = rows("""
				SELECT e.id, e.state, e.change_note, e.change_kind, e.published_by FROM role_edition e
				JOIN role r ON r.id = e.role_id WHERE r.slug = ? AND e.edition_number = ?""", slug, number);
		return found.isEmpty() ? null : found.get(0);
	}

	private long count(String sql, long id) throws SQLException {
		return ((Number) rows(sql, id).get(0).values().iterator().next()).longValue();
	}

	private List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet results = statement.executeQuery()) {
				List<Map<String, Object>> rows = new ArrayList<>();
				int columns = results.getMetaData().getColumnCount();
				while (results.next()) {
					Map<String, Object> row = new HashMap<>();
					for (int column = 1; column <= columns; column++) {
						row.put(results.getMetaData().getColumnLabel(column).toLowerCase(), results.getObject(column));
					}
					rows.add(row);
				}
				return rows;
			}
		}
	}

}
