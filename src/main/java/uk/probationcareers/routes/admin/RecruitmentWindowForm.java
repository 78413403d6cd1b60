package uk.probationcareers.routes.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.admin.ReasonedForm;
import uk.probationcareers.routes.RecruitmentWindow;

/**
 * One recruitment campaign of an entry route: its intake, its dates as far as they are
 * known, and the source that gives them.
 */
public class RecruitmentWindowForm extends ReasonedForm {

	private Long version;

	@NoControlCharacters
	@NotBlank(message = "{admin.recruitment-windows.route.required}")
	private String route;

	@NoControlCharacters
	@NotBlank(message = "{admin.recruitment-windows.intake.required}")
	@Size(max = 100, message = "{admin.form.tooLong}")
	private String intake;

	private DateInput opensOn = new DateInput();

	private DateInput closesOn = new DateInput();

	private DateInput startsOn = new DateInput();

	@NoControlCharacters
	@NotBlank(message = "{admin.recruitment-windows.source.required}")
	private String source;

	private DateInput dateChecked = new DateInput();

	static RecruitmentWindowForm of(RecruitmentWindow window) {
		RecruitmentWindowForm form = new RecruitmentWindowForm();
		form.version = window.getVersion();
		form.route = window.getEntryRoute().getCode();
		form.intake = window.getIntake();
		form.opensOn = DateInput.of(window.getOpensOn());
		form.closesOn = DateInput.of(window.getClosesOn());
		form.startsOn = DateInput.of(window.getStartsOn());
		form.source = window.getSource().getCode();
		form.dateChecked = DateInput.of(window.getDateChecked());
		return form;
	}

	@Override
	public String getCode() {
		return null;
	}

	@Override
	public String label() {
		return this.route + " " + this.intake;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("route", this.route);
		values.put("intake", this.intake);
		values.put("opensOn", DateInput.text(this.opensOn));
		values.put("closesOn", DateInput.text(this.closesOn));
		values.put("startsOn", DateInput.text(this.startsOn));
		values.put("source", this.source);
		values.put("dateChecked", DateInput.text(this.dateChecked));
		return values;
	}

	@Override
	public Long getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(Long version) {
		this.version = version;
	}

	public String getRoute() {
		return this.route;
	}

	public void setRoute(String route) {
		this.route = route;
	}

	public String getIntake() {
		return this.intake;
	}

	public void setIntake(String intake) {
		this.intake = intake;
	}

	public DateInput getOpensOn() {
		return this.opensOn;
	}

	public void setOpensOn(DateInput opensOn) {
		this.opensOn = opensOn;
	}

	public DateInput getClosesOn() {
		return this.closesOn;
	}

	public void setClosesOn(DateInput closesOn) {
		this.closesOn = closesOn;
	}

	public DateInput getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(DateInput startsOn) {
		this.startsOn = startsOn;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public DateInput getDateChecked() {
		return this.dateChecked;
	}

	public void setDateChecked(DateInput dateChecked) {
		this.dateChecked = dateChecked;
	}

}
