package uk.probationcareers.routes.admin;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.RouteAward;
import uk.probationcareers.routes.RouteDetails;
import uk.probationcareers.routes.RouteType;

/**
 * What an entry route is and gives, as an editor types it.
 */
public class RouteDetailsForm {

	@NoControlCharacters
	@NotBlank(message = "{admin.entry-routes.name.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String name;

	@NotNull(message = "{admin.entry-routes.routeType.required}")
	private RouteType routeType;

	@NoControlCharacters
	@NotBlank(message = "{admin.entry-routes.summary.required}")
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String summary;

	@NoControlCharacters
	@Size(max = 300, message = "{admin.form.tooLong}")
	private String qualificationGained;

	@Min(value = 1, message = "{admin.entry-routes.level.range}")
	@Max(value = 8, message = "{admin.entry-routes.level.range}")
	private Integer qualificationLevel;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 240, message = "{admin.entry-routes.months.range}")
	private Integer durationMonthsMin;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 240, message = "{admin.entry-routes.months.range}")
	private Integer durationMonthsMax;

	private DateInput validFrom = new DateInput();

	@NoControlCharacters
	private String source;

	static RouteDetailsForm of(EntryRoute route) {
		RouteDetailsForm form = new RouteDetailsForm();
		form.name = route.getName();
		form.routeType = route.getRouteType();
		form.summary = route.getSummary();
		form.qualificationGained = route.getQualificationGained();
		form.qualificationLevel = route.getQualificationLevel();
		form.durationMonthsMin = route.getDurationMonthsMin();
		form.durationMonthsMax = route.getDurationMonthsMax();
		form.validFrom = DateInput.of(route.getValidFrom());
		form.source = EntryRouteForm.code(route.getSource());
		return form;
	}

	RouteDetails details(String code) {
		return new RouteDetails(code, this.name.strip(), this.routeType, this.summary.strip());
	}

	RouteAward award() {
		return new RouteAward(this.qualificationGained, this.qualificationLevel, this.durationMonthsMin,
				this.durationMonthsMax);
	}

	void putValues(Map<String, String> values) {
		values.put("name", this.name);
		values.put("routeType", Objects.toString(this.routeType, null));
		values.put("summary", this.summary);
		values.put("qualificationGained", this.qualificationGained);
		values.put("qualificationLevel", Objects.toString(this.qualificationLevel, null));
		values.put("durationMonthsMin", Objects.toString(this.durationMonthsMin, null));
		values.put("durationMonthsMax", Objects.toString(this.durationMonthsMax, null));
	}

	void putDateAndSource(Map<String, String> values) {
		values.put("validFrom", DateInput.text(this.validFrom));
		values.put("source", this.source);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public RouteType getRouteType() {
		return this.routeType;
	}

	public void setRouteType(RouteType routeType) {
		this.routeType = routeType;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getQualificationGained() {
		return this.qualificationGained;
	}

	public void setQualificationGained(String qualificationGained) {
		this.qualificationGained = qualificationGained;
	}

	public Integer getQualificationLevel() {
		return this.qualificationLevel;
	}

	public void setQualificationLevel(Integer qualificationLevel) {
		this.qualificationLevel = qualificationLevel;
	}

	public Integer getDurationMonthsMin() {
		return this.durationMonthsMin;
	}

	public void setDurationMonthsMin(Integer durationMonthsMin) {
		this.durationMonthsMin = durationMonthsMin;
	}

	public Integer getDurationMonthsMax() {
		return this.durationMonthsMax;
	}

	public void setDurationMonthsMax(Integer durationMonthsMax) {
		this.durationMonthsMax = durationMonthsMax;
	}

	public DateInput getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(DateInput validFrom) {
		this.validFrom = validFrom;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
