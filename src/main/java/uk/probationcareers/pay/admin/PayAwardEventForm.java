package uk.probationcareers.pay.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.admin.ReasonedForm;
import uk.probationcareers.pay.PayAwardEvent;
import uk.probationcareers.pay.PayAwardEventKind;

/**
 * A dated step in a pay award, for the award timeline on the pay page.
 */
public class PayAwardEventForm extends ReasonedForm {

	private Long version;

	@NoControlCharacters
	@NotBlank(message = "{admin.pay-award-events.award.required}")
	@Size(max = 20, message = "{admin.form.tooLong}")
	private String award;

	@NotNull(message = "{admin.pay-award-events.kind.required}")
	private PayAwardEventKind kind;

	private DateInput eventDate = new DateInput();

	private DateInput endDate = new DateInput();

	@NoControlCharacters
	@Size(max = 100, message = "{admin.form.tooLong}")
	private String dateLabel;

	@NoControlCharacters
	@NotBlank(message = "{admin.pay-award-events.description.required}")
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String description;

	@NoControlCharacters
	@NotBlank(message = "{admin.pay-award-events.source.required}")
	private String source;

	static PayAwardEventForm of(PayAwardEvent event) {
		PayAwardEventForm form = new PayAwardEventForm();
		form.version = event.getVersion();
		form.award = event.getAward().getAwardYear();
		form.kind = event.getKind();
		form.eventDate = DateInput.of(event.getEventDate());
		form.endDate = DateInput.of(event.getEndDate());
		form.dateLabel = event.getDateLabel();
		form.description = event.getDescription();
		form.source = event.getSource().getCode();
		return form;
	}

	@Override
	public String getCode() {
		return null;
	}

	@Override
	public String label() {
		return this.award + " " + this.kind + " " + this.eventDate;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("award", this.award);
		values.put("kind", Objects.toString(this.kind, null));
		values.put("eventDate", DateInput.text(this.eventDate));
		values.put("endDate", DateInput.text(this.endDate));
		values.put("dateLabel", this.dateLabel);
		values.put("description", this.description);
		values.put("source", this.source);
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

	public String getAward() {
		return this.award;
	}

	public void setAward(String award) {
		this.award = award;
	}

	public PayAwardEventKind getKind() {
		return this.kind;
	}

	public void setKind(PayAwardEventKind kind) {
		this.kind = kind;
	}

	public DateInput getEventDate() {
		return this.eventDate;
	}

	public void setEventDate(DateInput eventDate) {
		this.eventDate = eventDate;
	}

	public DateInput getEndDate() {
		return this.endDate;
	}

	public void setEndDate(DateInput endDate) {
		this.endDate = endDate;
	}

	public String getDateLabel() {
		return this.dateLabel;
	}

	public void setDateLabel(String dateLabel) {
		this.dateLabel = dateLabel;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

}
