package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.admin.VersionedForm;

/**
 * The role's title, other titles, summary, the work itself, hours, SOC code and nations.
 */
public class DetailsForm implements VersionedForm {

	private Long version;

	@NoControlCharacters
	@NotBlank(message = "{editorial.details.title.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String title;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String otherTitles;

	@NoControlCharacters
	@NotBlank(message = "{editorial.details.summary.required}")
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String summary;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String caseload;

	@NoControlCharacters
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String workingEnvironment;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 80, message = "{editorial.details.hours.range}")
	private Integer hoursMin;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 80, message = "{editorial.details.hours.range}")
	private Integer hoursMax;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String hoursPattern;

	@NoControlCharacters
	@Pattern(regexp = "|[0-9]{4}", message = "{editorial.details.socCode.pattern}")
	private String socCode;

	@NotEmpty(message = "{editorial.details.nations.required}")
	private List<String> nations = new ArrayList<>();

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", this.title);
		values.put("otherTitles", this.otherTitles);
		values.put("summary", this.summary);
		values.put("caseload", this.caseload);
		values.put("workingEnvironment", this.workingEnvironment);
		values.put("hoursMin", (this.hoursMin != null) ? this.hoursMin.toString() : null);
		values.put("hoursMax", (this.hoursMax != null) ? this.hoursMax.toString() : null);
		values.put("hoursPattern", this.hoursPattern);
		values.put("socCode", this.socCode);
		values.put("nations", String.join(", ", this.nations));
		return values;
	}

	/**
	 * The other titles, one a line, blanks left out.
	 */
	public List<String> otherTitleList() {
		return Lines.split(this.otherTitles);
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getOtherTitles() {
		return this.otherTitles;
	}

	public void setOtherTitles(String otherTitles) {
		this.otherTitles = otherTitles;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getCaseload() {
		return this.caseload;
	}

	public void setCaseload(String caseload) {
		this.caseload = caseload;
	}

	public String getWorkingEnvironment() {
		return this.workingEnvironment;
	}

	public void setWorkingEnvironment(String workingEnvironment) {
		this.workingEnvironment = workingEnvironment;
	}

	public Integer getHoursMin() {
		return this.hoursMin;
	}

	public void setHoursMin(Integer hoursMin) {
		this.hoursMin = hoursMin;
	}

	public Integer getHoursMax() {
		return this.hoursMax;
	}

	public void setHoursMax(Integer hoursMax) {
		this.hoursMax = hoursMax;
	}

	public String getHoursPattern() {
		return this.hoursPattern;
	}

	public void setHoursPattern(String hoursPattern) {
		this.hoursPattern = hoursPattern;
	}

	public String getSocCode() {
		return this.socCode;
	}

	public void setSocCode(String socCode) {
		this.socCode = socCode;
	}

	public List<String> getNations() {
		return this.nations;
	}

	public void setNations(List<String> nations) {
		this.nations = nations;
	}

}
