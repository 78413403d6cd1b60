package uk.probationcareers.catalogue.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.catalogue.EntryRoute;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.RouteType;

/**
 * An entry route: what it is and gives, and who can take it (the eligibility fields).
 */
public class EntryRouteForm extends CodedCatalogueForm {

	@NotBlank(message = "{admin.entry-routes.name.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String name;

	@NotNull(message = "{admin.entry-routes.routeType.required}")
	private RouteType routeType;

	@NotBlank(message = "{admin.entry-routes.summary.required}")
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String summary;

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

	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String entryRequirements;

	@Min(value = 0, message = "{admin.entry-routes.minLevel.range}")
	@Max(value = 8, message = "{admin.entry-routes.minLevel.range}")
	private Integer minQualificationLevel;

	private boolean criminologyShortens;

	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String experienceNeeded;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 20, message = "{admin.entry-routes.residence.range}")
	private Integer ukResidenceYears;

	@Min(value = 14, message = "{admin.entry-routes.age.range}")
	@Max(value = 99, message = "{admin.entry-routes.age.range}")
	private Integer minimumAge;

	@NotEmpty(message = "{admin.entry-routes.nations.required}")
	private List<String> nations = new ArrayList<>();

	private DateInput validFrom = new DateInput();

	private String source;

	static EntryRouteForm of(EntryRoute route) {
		EntryRouteForm form = new EntryRouteForm();
		form.setVersion(route.getVersion());
		form.setCode(route.getCode());
		form.name = route.getName();
		form.routeType = route.getRouteType();
		form.summary = route.getSummary();
		form.qualificationGained = route.getQualificationGained();
		form.qualificationLevel = route.getQualificationLevel();
		form.durationMonthsMin = route.getDurationMonthsMin();
		form.durationMonthsMax = route.getDurationMonthsMax();
		form.entryRequirements = route.getEntryRequirements();
		form.minQualificationLevel = route.getMinQualificationLevel();
		form.criminologyShortens = route.isCriminologyShortens();
		form.experienceNeeded = route.getExperienceNeeded();
		form.ukResidenceYears = route.getUkResidenceYears();
		form.minimumAge = route.getMinimumAge();
		form.nations = new ArrayList<>(Nation.parseList(route.getNations()).stream().map(Nation::name).toList());
		form.validFrom = DateInput.of(route.getValidFrom());
		form.source = (route.getSource() != null) ? route.getSource().getCode() : null;
		return form;
	}

	/**
	 * The nations as the catalogue stores them, comma-separated.
	 */
	String storedNations() {
		return Arrays.stream(Nation.values())
			.map(Nation::name)
			.filter(this.nations::contains)
			.collect(Collectors.joining(","));
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", getCode());
		values.put("name", this.name);
		values.put("routeType", Objects.toString(this.routeType, null));
		values.put("summary", this.summary);
		values.put("qualificationGained", this.qualificationGained);
		values.put("qualificationLevel", Objects.toString(this.qualificationLevel, null));
		values.put("durationMonthsMin", Objects.toString(this.durationMonthsMin, null));
		values.put("durationMonthsMax", Objects.toString(this.durationMonthsMax, null));
		values.put("entryRequirements", this.entryRequirements);
		values.put("minQualificationLevel", Objects.toString(this.minQualificationLevel, null));
		values.put("criminologyShortens", String.valueOf(this.criminologyShortens));
		values.put("experienceNeeded", this.experienceNeeded);
		values.put("ukResidenceYears", Objects.toString(this.ukResidenceYears, null));
		values.put("minimumAge", Objects.toString(this.minimumAge, null));
		values.put("nations", (this.nations != null) ? String.join(",", this.nations) : null);
		values.put("validFrom", (this.validFrom != null) ? this.validFrom.toString() : null);
		values.put("source", this.source);
		return values;
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

	public String getEntryRequirements() {
		return this.entryRequirements;
	}

	public void setEntryRequirements(String entryRequirements) {
		this.entryRequirements = entryRequirements;
	}

	public Integer getMinQualificationLevel() {
		return this.minQualificationLevel;
	}

	public void setMinQualificationLevel(Integer minQualificationLevel) {
		this.minQualificationLevel = minQualificationLevel;
	}

	public boolean isCriminologyShortens() {
		return this.criminologyShortens;
	}

	public void setCriminologyShortens(boolean criminologyShortens) {
		this.criminologyShortens = criminologyShortens;
	}

	public String getExperienceNeeded() {
		return this.experienceNeeded;
	}

	public void setExperienceNeeded(String experienceNeeded) {
		this.experienceNeeded = experienceNeeded;
	}

	public Integer getUkResidenceYears() {
		return this.ukResidenceYears;
	}

	public void setUkResidenceYears(Integer ukResidenceYears) {
		this.ukResidenceYears = ukResidenceYears;
	}

	public Integer getMinimumAge() {
		return this.minimumAge;
	}

	public void setMinimumAge(Integer minimumAge) {
		this.minimumAge = minimumAge;
	}

	public List<String> getNations() {
		return this.nations;
	}

	public void setNations(List<String> nations) {
		this.nations = nations;
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
