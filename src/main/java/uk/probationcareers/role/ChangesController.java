package uk.probationcareers.role;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Recent changes: every major change across the site, newest first, as a page and as an
 * Atom feed advisers can subscribe to.
 */
@Controller
class ChangesController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private static final String CHANGES = "role/changes";

	private final RoleCatalogue catalogue;

	private final MessageSource messages;

	ChangesController(RoleCatalogue catalogue, MessageSource messages) {
		this.catalogue = catalogue;
		this.messages = messages;
	}

	@GetMapping("/changes")
	String changes(Model model) {
		model.addAttribute("changes", this.catalogue.allChanges());
		return CHANGES;
	}

	@GetMapping("/changes.atom")
	ResponseEntity<String> feed() {
		String site = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		List<ChangeNote> changes = this.catalogue.allChanges();
		OffsetDateTime updated = changes.isEmpty() ? OffsetDateTime.of(2026, 11, 20, 0, 0, 0, 0, ZoneOffset.UTC)
				: changes.get(0).publishedAt();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
			.append(element("title", message("changes.feed.title")))
			.append(element("id", site + "/changes"))
			.append("  <link rel=\"self\" href=\"")
			.append(escape(site + "/changes.atom"))
			.append("\"/>\n")
			.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
			.append(escape(site + "/changes"))
			.append("\"/>\n")
			.append(element("updated", format(updated)))
			.append("  <author><name>")
			.append(escape(message("site.name")))
			.append("</name></author>\n");
		for (ChangeNote change : changes) {
			String page = site + "/roles/" + change.slug();
			xml.append("  <entry>\n")
				.append(element("title", change.title()))
				.append(element("id", page + "#edition-" + change.editionNumber()))
				.append("  <link rel=\"alternate\" type=\"text/html\" href=\"")
				.append(escape(page))
				.append("\"/>\n")
				.append(element("updated", format(change.publishedAt())))
				.append(element("summary", change.note()))
				.append("  </entry>\n");
		}
		xml.append("</feed>\n");
		return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static String element(String name, String text) {
		return "  <" + name + ">" + escape((text != null) ? text : "") + "</" + name + ">\n";
	}

	private static String format(OffsetDateTime time) {
		return ((time != null) ? time : OffsetDateTime.of(2026, 11, 20, 0, 0, 0, 0, ZoneOffset.UTC))
			.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8").replace("&#39;", "&apos;");
	}

}
