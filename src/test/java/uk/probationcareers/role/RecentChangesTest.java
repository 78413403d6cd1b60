package uk.probationcareers.role;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import uk.probationcareers.support.RunningSiteTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recent changes over real HTTP: the page and the Atom feed list every published major
 * change, newest first.
 */
class RecentChangesTest extends RunningSiteTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFeedIsWellFormedAtomWithOneEntryPerMajorChangeNewestFirst() throws Exception {
		HttpResponse<String> response = this.pages.get("/changes.atom");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document feed = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		long major = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM role_edition WHERE change_kind = 'MAJOR' AND state IN ('PUBLISHED', 'SUPERSEDED')",
				Long.class);
		assertThat(entries.getLength()).isEqualTo((int) major).isGreaterThan(0);
		List<String> updated = new ArrayList<>();
		for (int i = 0; i < entries.getLength(); i++) {
			org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
			updated
				.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "updated").item(0).getTextContent());
			assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent())
				.isNotBlank();
		}
		assertThat(updated).isSortedAccordingTo((a, b) -> b.compareTo(a));
	}

	@Test
	void thePageListsEachChangeWithItsRoleDateAndNote() {
		String body = this.pages.get("/changes").body();
		assertThat(body).contains("Recent changes", "href=\"/roles/probation-service-officer\"",
				"Corrected after we re-checked our sources on 23 November 2026", "23 November 2026",
				"href=\"/changes.atom\"");
		String profile = this.pages.get("/roles/probation-service-officer").body();
		assertThat(profile).contains("Last updated", "Changes to this profile", "First published.");
	}

}
