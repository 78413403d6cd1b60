package uk.probationcareers.routes.admin;

import java.util.Map;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.catalogue.admin.SourceForm;
import uk.probationcareers.routes.EntryRoute;

/**
 * What a trainee on an entry route earns, what to do next, and how recruitment runs, as
 * an editor types it.
 */
public class TrainingForm {

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

	static TrainingForm of(EntryRoute route) {
		TrainingForm form = new TrainingForm();
		form.trainingPayBand = (route.getTrainingPayBand() != null) ? route.getTrainingPayBand().getCode() : null;
		form.nextSteps = route.getNextSteps();
		form.intakes = route.getIntakes();
		form.registerInterestUrl = route.getRegisterInterestUrl();
		form.recruitmentSource = EntryRouteForm.code(route.getRecruitmentSource());
		return form;
	}

	void putValues(Map<String, String> values) {
		values.put("trainingPayBand", this.trainingPayBand);
		values.put("nextSteps", this.nextSteps);
		values.put("intakes", this.intakes);
		values.put("registerInterestUrl", this.registerInterestUrl);
		values.put("recruitmentSource", this.recruitmentSource);
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
