package uk.probationcareers.role.editorial;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.admin.AuditWords;

/**
 * Reads an edition's whole content in the words an editor reads (names, not codes or
 * choice names), for comparing two editions.
 */
@Component
@Transactional(readOnly = true)
class EditionContents {

	private final SectionStore sections;

	private final AuditWords words;

	EditionContents(SectionStore sections, AuditWords words) {
		this.sections = sections;
		this.words = words;
	}

	EditionComparison compare(EditionRow a, EditionRow b) {
		EditionComparison.Content first = content(a);
		EditionComparison.Content second = content(b);
		return EditionComparison.of(first.fields(), first.lists(), second.fields(), second.lists());
	}

	EditionComparison.Content content(EditionRow edition) {
		EditionComparison.Content content = EditionComparison.Content.empty();
		DetailsForm details = this.sections.details(edition.id());
		details.values().forEach((name, value) -> {
			if (!name.equals("otherTitles")) {
				content.fields().put(name, this.words.value(name, value));
			}
		});
		content.lists().put("otherTitles", details.otherTitleList());
		RoutesPayForm routes = this.sections.routesPay(edition.id());
		Map<String, String> payBands = this.sections.payBands();
		content.fields().put("payBand", payBands.getOrDefault(routes.getPayBand(), routes.getPayBand()));
		content.fields().put("payNote", routes.getPayNote());
		content.fields().put("withdrawalReason", edition.withdrawalReason());
		Map<String, String> entryRoutes = this.sections.entryRoutes();
		content.lists()
			.put("entryRoutes", routes.getEntryRoutes().stream().map((c) -> entryRoutes.getOrDefault(c, c)).toList());
		for (ListSection section : ListSection.values()) {
			Map<String, String> choices = this.sections.choices(section);
			List<String> items = this.sections.list(edition.id(), section)
				.getRows()
				.stream()
				.map((row) -> this.words.value("rows", describe(row, choices)))
				.toList();
			content.lists().put(section.path(), items);
		}
		return content;
	}

	private static String describe(ItemRow row, Map<String, String> choices) {
		if (row.getChoice() != null) {
			row.setChoice(choices.getOrDefault(row.getChoice(), row.getChoice()));
		}
		return row.summary();
	}

}
