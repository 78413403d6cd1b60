package uk.probationcareers.catalogue.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.probationcareers.catalogue.Source;

/**
 * The sources a form can cite, by code, for selects and for saving.
 */
@Component
@Transactional(readOnly = true)
public class SourceChoices {

	private final SourceAdminRepository sources;

	SourceChoices(SourceAdminRepository sources) {
		this.sources = sources;
	}

	/**
	 * Every source's code and the words that name it, by title; first a blank choice
	 * worded {@code blankChoice}.
	 */
	public Map<String, String> options(String blankChoice) {
		Map<String, String> options = new LinkedHashMap<>();
		options.put("", blankChoice);
		for (Source source : this.sources.findAll(Sort.by("title", "code"))) {
			options.put(source.getCode(), source.getTitle() + " (" + source.getPublisher() + ")");
		}
		return options;
	}

	public Optional<Source> find(String code) {
		return (code == null || code.isBlank()) ? Optional.empty() : this.sources.findByCode(code);
	}

}
