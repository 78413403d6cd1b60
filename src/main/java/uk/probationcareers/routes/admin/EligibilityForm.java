package uk.probationcareers.routes.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.QualificationsNeeded;
import uk.probationcareers.routes.WhoCanApply;

/**
 * Who can take an entry route, as an editor types it.
 */
public class EligibilityForm {

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

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String experienceNeeded;

	@Min(value = 0, message = "{admin.form.notNegative}")
	@Max(value = 20, message = "{admin.entry-routes.residence.range}")
	private Integer ukResidenceYears;

	@Min(value = 14, message = "{admin.entry-routes.age.range}")
	@Max(value = 99, message = "{admin.entry-routes.age.range}")
	private Integer minimumAge;

	private boolean civilServiceNationality;

	@NotEmpty(message = "{admin.entry-routes.nations.required}")
	private List<String> nations = new ArrayList<>();

	static EligibilityForm of(EntryRoute route) {
		EligibilityForm form = new EligibilityForm();
		form.entryRequirements = route.getEntryRequirements();
		form.minQualificationLevel = route.getMinQualificationLevel();
		form.maxQualificationLevel = route.getMaxQualificationLevel();
		form.criminologyModulesRequired = route.getCriminologyModulesRequired();
		form.experienceRequired = route.isExperienceRequired();
		form.experienceNeeded = route.getExperienceNeeded();
		form.ukResidenceYears = route.getUkResidenceYears();
		form.minimumAge = route.getMinimumAge();
		form.civilServiceNationality = route.isCivilServiceNationality();
		form.nations = new ArrayList<>(route.getNations().stream().map(Nation::name).toList());
		return form;
	}

	QualificationsNeeded qualifications() {
		return new QualificationsNeeded(this.entryRequirements, this.minQualificationLevel, this.maxQualificationLevel,
				this.criminologyModulesRequired);
	}

	WhoCanApply whoCanApply() {
		return new WhoCanApply(this.ukResidenceYears, this.minimumAge, this.civilServiceNationality, nationList());
	}

	/**
	 * The nations chosen, in the catalogue's order.
	 */
	List<Nation> nationList() {
		return Arrays.stream(Nation.values()).filter((nation) -> this.nations.contains(nation.name())).toList();
	}

	void putQualifications(Map<String, String> values) {
		values.put("entryRequirements", this.entryRequirements);
		values.put("minQualificationLevel", Objects.toString(this.minQualificationLevel, null));
		values.put("maxQualificationLevel", Objects.toString(this.maxQualificationLevel, null));
		values.put("criminologyModulesRequired", Objects.toString(this.criminologyModulesRequired, null));
		values.put("experienceRequired", String.valueOf(this.experienceRequired));
		values.put("civilServiceNationality", String.valueOf(this.civilServiceNationality));
	}

	void putPersonalRules(Map<String, String> values) {
		values.put("experienceNeeded", this.experienceNeeded);
		values.put("ukResidenceYears", Objects.toString(this.ukResidenceYears, null));
		values.put("minimumAge", Objects.toString(this.minimumAge, null));
		values.put("nations", (this.nations != null) ? String.join(",", this.nations) : null);
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

	public boolean isCivilServiceNationality() {
		return this.civilServiceNationality;
	}

	public void setCivilServiceNationality(boolean civilServiceNationality) {
		this.civilServiceNationality = civilServiceNationality;
	}

	public List<String> getNations() {
		return this.nations;
	}

	public void setNations(List<String> nations) {
		this.nations = nations;
	}

}
