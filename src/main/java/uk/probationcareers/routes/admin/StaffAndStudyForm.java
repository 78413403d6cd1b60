package uk.probationcareers.routes.admin;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.StaffRule;

/**
 * The rules for current staff and part-time study on an entry route, and the guidance a
 * dated page gives without making it a rule, as an editor types them.
 */
public class StaffAndStudyForm {

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

	/** As long as the {@code entry_route.guidance} column allows. */
	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String guidance;

	private DateInput guidanceDated = new DateInput();

	static StaffAndStudyForm of(EntryRoute route) {
		StaffAndStudyForm form = new StaffAndStudyForm();
		form.staffRule = route.getStaffRule();
		form.minServiceMonths = route.getMinServiceMonths();
		form.partTimeMonthsMax = route.getPartTimeMonthsMax();
		form.partTimeSource = EntryRouteForm.code(route.getPartTimeSource());
		form.rulesSource = EntryRouteForm.code(route.getRulesSource());
		form.rulesChecked = DateInput.of(route.getRulesChecked());
		form.guidance = route.getGuidance();
		form.guidanceDated = DateInput.of(route.getGuidanceDated());
		return form;
	}

	void putValues(Map<String, String> values) {
		values.put("staffRule", Objects.toString(this.staffRule, null));
		values.put("minServiceMonths", Objects.toString(this.minServiceMonths, null));
		values.put("partTimeMonthsMax", Objects.toString(this.partTimeMonthsMax, null));
		values.put("partTimeSource", this.partTimeSource);
		values.put("rulesSource", this.rulesSource);
		values.put("rulesChecked", DateInput.text(this.rulesChecked));
		values.put("guidance", this.guidance);
		values.put("guidanceDated", DateInput.text(this.guidanceDated));
	}

	/**
	 * The guidance as saved: {@code null} when left empty.
	 */
	String guidanceText() {
		return (this.guidance == null || this.guidance.isBlank()) ? null : this.guidance.strip();
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

	public String getGuidance() {
		return this.guidance;
	}

	public void setGuidance(String guidance) {
		this.guidance = guidance;
	}

	public DateInput getGuidanceDated() {
		return this.guidanceDated;
	}

	public void setGuidanceDated(DateInput guidanceDated) {
		this.guidanceDated = guidanceDated;
	}

}
