package uk.probationcareers.catalogue.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.catalogue.Source;

public class SourceForm extends CodedCatalogueForm {

	/** An http or https address with a host and no spaces. */
	public static final String WEB_ADDRESS = "(?i)https?://[^\\s/?#]+[^\\s]*";

	@NoControlCharacters
	@NotBlank(message = "{admin.sources.title.required}")
	@Size(max = 300, message = "{admin.form.tooLong}")
	private String title;

	@NoControlCharacters
	@NotBlank(message = "{admin.sources.publisher.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String publisher;

	@NoControlCharacters
	@NotBlank(message = "{admin.sources.url.required}")
	@Size(max = 500, message = "{admin.form.tooLong}")
	@Pattern(regexp = WEB_ADDRESS, message = "{admin.form.url}")
	private String url;

	@NoControlCharacters
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String licence;

	private DateInput dateChecked = new DateInput();

	private boolean homePageOnly;

	static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.setVersion(source.getVersion());
		form.setCode(source.getCode());
		form.title = source.getTitle();
		form.publisher = source.getPublisher();
		form.url = source.getUrl();
		form.licence = source.getLicence();
		form.dateChecked = DateInput.of(source.getDateChecked());
		form.homePageOnly = source.isHomePageOnly();
		return form;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", getCode());
		values.put("title", this.title);
		values.put("publisher", this.publisher);
		values.put("url", this.url);
		values.put("licence", this.licence);
		values.put("dateChecked", DateInput.text(this.dateChecked));
		values.put("homePageOnly", String.valueOf(this.homePageOnly));
		return values;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getLicence() {
		return this.licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public DateInput getDateChecked() {
		return this.dateChecked;
	}

	public void setDateChecked(DateInput dateChecked) {
		this.dateChecked = dateChecked;
	}

	public boolean isHomePageOnly() {
		return this.homePageOnly;
	}

	public void setHomePageOnly(boolean homePageOnly) {
		this.homePageOnly = homePageOnly;
	}

}
