package uk.probationcareers.routes.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.routes.EntryRoute;

/**
 * An entry route in four parts, bound as {@code details.name},
 * {@code eligibility.minimumAge} and so on. The audit trail and the edit-conflict table
 * keep the flat names ({@code name}, {@code minimumAge}) that past history was recorded
 * under.
 */
public class EntryRouteForm extends CodedCatalogueForm {

	@Valid
	private RouteDetailsForm details = new RouteDetailsForm();

	@Valid
	private EligibilityForm eligibility = new EligibilityForm();

	@Valid
	private StaffAndStudyForm staffAndStudy = new StaffAndStudyForm();

	@Valid
	private TrainingForm training = new TrainingForm();

	static EntryRouteForm of(EntryRoute route) {
		EntryRouteForm form = new EntryRouteForm();
		form.setVersion(route.getVersion());
		form.setCode(route.getCode());
		form.details = RouteDetailsForm.of(route);
		form.eligibility = EligibilityForm.of(route);
		form.staffAndStudy = StaffAndStudyForm.of(route);
		form.training = TrainingForm.of(route);
		return form;
	}

	static String code(Source source) {
		return (source != null) ? source.getCode() : null;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", getCode());
		this.details.putValues(values);
		this.eligibility.putQualifications(values);
		this.staffAndStudy.putValues(values);
		this.training.putValues(values);
		this.eligibility.putPersonalRules(values);
		this.details.putDateAndSource(values);
		return values;
	}

	public RouteDetailsForm getDetails() {
		return this.details;
	}

	public void setDetails(RouteDetailsForm details) {
		this.details = details;
	}

	public EligibilityForm getEligibility() {
		return this.eligibility;
	}

	public void setEligibility(EligibilityForm eligibility) {
		this.eligibility = eligibility;
	}

	public StaffAndStudyForm getStaffAndStudy() {
		return this.staffAndStudy;
	}

	public void setStaffAndStudy(StaffAndStudyForm staffAndStudy) {
		this.staffAndStudy = staffAndStudy;
	}

	public TrainingForm getTraining() {
		return this.training;
	}

	public void setTraining(TrainingForm training) {
		this.training = training;
	}

}
