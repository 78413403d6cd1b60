package uk.probationcareers.routes.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.catalogue.admin.SourceForm;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.RouteType;
import uk.probationcareers.routes.StaffRule;

/**
 * An entry route: what it is and gives, and who can take it (the eligibility fields).
 */
public class EntryRouteForm extends CodedCatalogueForm {

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

	@NoControlCharacters
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String entryRequirements;

	@Min(value = 0, message = "{admin.entry-routes.minLevel.range}")
	@Max(value = 8, message = "{admin.entry-routes.minLevel.range}")
	private Integer minQualificationLevel;

	@Min(value = 0, message = "{admin.entry-routes.minLevel.range}")
	@Max(value = 8, message = "{admin.entry-routes.minLevel.range}")
	private Integer maxQualificationLevel;

	@Min(value = 1, message = "{admin.entry-routes.modules.range}")
	@Max(value = 4, message = "{admin.entry-routes.modules.range}")
	private Integer criminologyModulesRequired;

	private boolean experienceRequired;

	private boolean civilServiceNationality;

	@NotNull(message = "{admin.entry-routes.staffRule.required}")
	private StaffRule staffRule = StaffRule.ANYONE;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 240, message = "{admin.entry-routes.months.range}")
	private Integer minServiceMonths;

	@Min(value = 1, message = "{admin.entry-routes.months.range}")
	@Max(value = 240, message = "{admin.entry-routes.months.range}")
	private Integer partTimeMonthsMax;

	@NoControlCharacters
	private String partTimeSource;

	@NoControlCharacters
	private String rulesSource;

	private DateInput rulesChecked = new DateInput();

	@NoControlCharacters
	private String trainingPayBand;

	@NoControlCharacters
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String nextSteps;

	@NoControlCharacters
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String intakes;

	@NoControlCharacters
	@Size(max = 500, message = "{admin.form.tooLong}")
	@Pattern(regexp = "(" + SourceForm.WEB_ADDRESS + ")?", message = "{admin.form.url}")
	private String registerInterestUrl;

	@NoControlCharacters
	private String recruitmentSource;

	@NoControlCharacters
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

	@NoControlCharacters
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
		form.maxQualificationLevel = route.getMaxQualificationLevel();
		form.criminologyModulesRequired = route.getCriminologyModulesRequired();
		form.experienceRequired = route.isExperienceRequired();
		form.civilServiceNationality = route.isCivilServiceNationality();
		form.staffRule = route.getStaffRule();
		form.minServiceMonths = route.getMinServiceMonths();
		form.partTimeMonthsMax = route.getPartTimeMonthsMax();
		form.partTimeSource = code(route.getPartTimeSource());
		form.rulesSource = code(route.getRulesSource());
		form.rulesChecked = DateInput.of(route.getRulesChecked());
		form.trainingPayBand = (route.getTrainingPayBand() != null) ? route.getTrainingPayBand().getCode() : null;
		form.nextSteps = route.getNextSteps();
		form.intakes = route.getIntakes();
		form.registerInterestUrl = route.getRegisterInterestUrl();
		form.recruitmentSource = code(route.getRecruitmentSource());
		form.experienceNeeded = route.getExperienceNeeded();
		form.ukResidenceYears = route.getUkResidenceYears();
		form.minimumAge = route.getMinimumAge();
		form.nations = new ArrayList<>(route.getNations().stream().map(Nation::name).toList());
		form.validFrom = DateInput.of(route.getValidFrom());
		form.source = code(route.getSource());
		return form;
	}

	private static String code(Source source) {
		return (source != null) ? source.getCode() : null;
	}

	/**
	 * The nations chosen, in the catalogue's order.
	 */
	List<Nation> nationList() {
		return Arrays.stream(Nation.values()).filter((nation) -> this.nations.contains(nation.name())).toList();
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
		values.put("maxQualificationLevel", Objects.toString(this.maxQualificationLevel, null));
		values.put("criminologyModulesRequired", Objects.toString(this.criminologyModulesRequired, null));
		values.put("experienceRequired", String.valueOf(this.experienceRequired));
		values.put("civilServiceNationality", String.valueOf(this.civilServiceNationality));
		values.put("staffRule", Objects.toString(this.staffRule, null));
		values.put("minServiceMonths", Objects.toString(this.minServiceMonths, null));
		values.put("partTimeMonthsMax", Objects.toString(this.partTimeMonthsMax, null));
		values.put("partTimeSource", this.partTimeSource);
		values.put("rulesSource", this.rulesSource);
		values.put("rulesChecked", DateInput.text(this.rulesChecked));
		values.put("trainingPayBand", this.trainingPayBand);
		values.put("nextSteps", this.nextSteps);
		values.put("intakes", this.intakes);
		values.put("registerInterestUrl", this.registerInterestUrl);
		values.put("recruitmentSource", this.recruitmentSource);
		values.put("experienceNeeded", this.experienceNeeded);
		values.put("ukResidenceYears", Objects.toString(this.ukResidenceYears, null));
		values.put("minimumAge", Objects.toString(this.minimumAge, null));
		values.put("nations", (this.nations != null) ? String.join(",", this.nations) : null);
		values.put("validFrom", DateInput.text(this.validFrom));
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

	public Integer getMaxQualificationLevel() {
		return this.maxQualificationLevel;
	}

	public void setMaxQualificationLevel(Integer maxQualificationLevel) {
		this.maxQualificationLevel = maxQualificationLevel;
	}

	public Integer getCriminologyModulesRequired() {
		return this.criminologyModulesRequired;
	}

	public void setCriminologyModulesRequired(Integer criminologyModulesRequired) {
		this.criminologyModulesRequired = criminologyModulesRequired;
	}

	public boolean isExperienceRequired() {
		return this.experienceRequired;
	}

	public void setExperienceRequired(boolean experienceRequired) {
		this.experienceRequired = experienceRequired;
	}

	public boolean isCivilServiceNationality() {
		return this.civilServiceNationality;
	}

	public void setCivilServiceNationality(boolean civilServiceNationality) {
		this.civilServiceNationality = civilServiceNationality;
	}

	public StaffRule getStaffRule() {
		return this.staffRule;
	}

	public void setStaffRule(StaffRule staffRule) {
		this.staffRule = staffRule;
	}

	public Integer getMinServiceMonths() {
		return this.minServiceMonths;
	}

	public void setMinServiceMonths(Integer minServiceMonths) {
		this.minServiceMonths = minServiceMonths;
	}

	public Integer getPartTimeMonthsMax() {
		return this.partTimeMonthsMax;
	}

	public void setPartTimeMonthsMax(Integer partTimeMonthsMax) {
		this.partTimeMonthsMax = partTimeMonthsMax;
	}

	public String getPartTimeSource() {
		return this.partTimeSource;
	}

	public void setPartTimeSource(String partTimeSource) {
		this.partTimeSource = partTimeSource;
	}

	public String getRulesSource() {
		return this.rulesSource;
	}

	public void setRulesSource(String rulesSource) {
		this.rulesSource = rulesSource;
	}

	public DateInput getRulesChecked() {
		return this.rulesChecked;
	}

	public void setRulesChecked(DateInput rulesChecked) {
		this.rulesChecked = rulesChecked;
	}

	public String getTrainingPayBand() {
		return this.trainingPayBand;
	}

	public void setTrainingPayBand(String trainingPayBand) {
		this.trainingPayBand = trainingPayBand;
	}

	public String getNextSteps() {
		return this.nextSteps;
	}

	public void setNextSteps(String nextSteps) {
		this.nextSteps = nextSteps;
	}

	public String getIntakes() {
		return this.intakes;
	}

	public void setIntakes(String intakes) {
		this.intakes = intakes;
	}

	public String getRegisterInterestUrl() {
		return this.registerInterestUrl;
	}

	public void setRegisterInterestUrl(String registerInterestUrl) {
		this.registerInterestUrl = registerInterestUrl;
	}

	public String getRecruitmentSource() {
		return this.recruitmentSource;
	}

	public void setRecruitmentSource(String recruitmentSource) {
		this.recruitmentSource = recruitmentSource;
	}

}
