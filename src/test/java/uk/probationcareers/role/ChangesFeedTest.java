package uk.probationcareers.role;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import uk.probationcareers.system.SiteAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed on its own: what an entry says reaches a feed reader exactly as written, and
 * its addresses come from the configured site address.
 */
class ChangesFeedTest {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String AWKWARD = "Pay & conditions <revised> for 2026/27 \uD83C\uDF89 \"agreed\"";

	@Test
	void anEntryWhoseTitleHasAnAmpersandAnAngleBracketAndAnEmojiSurvivesParsingExactly() throws Exception {
		Document feed = render(new ChangeNote("probation-officer", AWKWARD, 3, null,
				OffsetDateTime.of(2026, 11, 23, 9, 30, 0, 0, ZoneOffset.UTC), "Note with & < > and \uD83D\uDE80"));
		Element entry = (Element) feed.getElementsByTagNameNS(ATOM, "entry").item(0);
		assertThat(text(entry, "title")).isEqualTo(AWKWARD);
		assertThat(text(entry, "summary")).isEqualTo("Note with & < > and \uD83D\uDE80");
		assertThat(text(entry, "id")).isEqualTo("https://careers.example.org/roles/probation-officer#edition-3");
		assertThat(text(entry, "updated")).isEqualTo("2026-11-23T09:30:00Z");
	}

	@Test
	void theFeedLinksToItselfAndToTheChangesPageAtTheConfiguredAddress() throws Exception {
		Document feed = render();
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
		assertThat(text(feed.getDocumentElement(), "id")).isEqualTo("https://careers.example.org/changes");
		assertThat(text(feed.getDocumentElement(), "title")).isEqualTo("Recent changes");
		assertThat(feed.getDocumentElement().getElementsByTagNameNS(ATOM, "link").getLength()).isEqualTo(2);
		Element self = (Element) feed.getDocumentElement().getElementsByTagNameNS(ATOM, "link").item(1);
		assertThat(self.getAttribute("rel")).isEqualTo("self");
		assertThat(self.getAttribute("href")).isEqualTo("https://careers.example.org/changes.atom");
	}

	private static Document render(ChangeNote... changes) throws Exception {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("changes.feed.title", Locale.getDefault(), "Recent changes");
		messages.addMessage("site.name", Locale.getDefault(), "Probation Careers Guide");
		ChangesFeed view = new ChangesFeed(new SiteAddress("https://careers.example.org/"), messages);
		MockHttpServletResponse response = new MockHttpServletResponse();
		view.render(Map.of(ChangesFeed.CHANGES, List.of(changes)), new MockHttpServletRequest(), response);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
	}

}
