package uk.probationcareers.role;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.view.feed.AbstractAtomFeedView;
import uk.probationcareers.system.SiteAddress;

/**
 * Recent changes as an Atom 1.0 feed, newest first, written by ROME: one entry per
 * published major change, linking to its role page. Every address comes from
 * {@link SiteAddress}, never from the request.
 */
class ChangesFeed extends AbstractAtomFeedView {

	static final String CHANGES = "changes";

	static final String CONTENT_TYPE = "application/atom+xml;charset=UTF-8";

	/** When the feed began: its {@code updated} date while no change carries a date. */
	private static final Instant FIRST_PUBLISHED = Instant.parse("2026-11-20T00:00:00Z");

	private final SiteAddress site;

	private final MessageSource messages;

	ChangesFeed(SiteAddress site, MessageSource messages) {
		this.site = site;
		this.messages = messages;
		setContentType(CONTENT_TYPE);
	}

	@Override
	protected void buildFeedMetadata(Map<String, Object> model, Feed feed, HttpServletRequest request) {
		List<ChangeNote> changes = changes(model);
		feed.setId(this.site.of("/changes"));
		feed.setTitle(message("changes.feed.title"));
		feed.setOtherLinks(List.of(link("self", null, this.site.of("/changes.atom"))));
		feed.setAlternateLinks(List.of(link("alternate", "text/html", this.site.of("/changes"))));
		feed.setUpdated(changes.isEmpty() ? Date.from(FIRST_PUBLISHED) : updated(changes.get(0)));
		Person author = new Person();
		author.setName(message("site.name"));
		feed.setAuthors(List.of(author));
	}

	@Override
	protected List<Entry> buildFeedEntries(Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) {
		return changes(model).stream().map(this::entry).toList();
	}

	private Entry entry(ChangeNote change) {
		String page = this.site.of("/roles/" + change.slug());
		Entry entry = new Entry();
		entry.setId(page + "#edition-" + change.editionNumber());
		entry.setTitle(change.title());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", page)));
		entry.setUpdated(updated(change));
		// No type attribute: Atom reads the summary as plain text.
		Content summary = new Content();
		summary.setValue((change.note() != null) ? change.note() : "");
		entry.setSummary(summary);
		return entry;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static Date updated(ChangeNote change) {
		OffsetDateTime published = change.publishedAt();
		return Date.from((published != null) ? published.toInstant() : FIRST_PUBLISHED);
	}

	@SuppressWarnings("unchecked")
	private static List<ChangeNote> changes(Map<String, Object> model) {
		return (List<ChangeNote>) model.get(CHANGES);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
