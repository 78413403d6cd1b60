package uk.probationcareers.pay.admin;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.CodedCatalogueForm;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.pay.AwardStatus;
import uk.probationcareers.pay.FigureBasis;
import uk.probationcareers.pay.PayBand;

public class PayBandForm extends CodedCatalogueForm {

	@NoControlCharacters
	@NotBlank(message = "{admin.pay-bands.organisation.required}")
	@Size(max = 200, message = "{admin.form.tooLong}")
	private String organisation;

	@NoControlCharacters
	@NotBlank(message = "{admin.pay-bands.band.required}")
	@Size(max = 100, message = "{admin.form.tooLong}")
	private String band;

	@NoControlCharacters
	@Size(max = 20, message = "{admin.form.tooLong}")
	private String payYear;

	@PositiveOrZero(message = "{admin.form.notNegative}")
	@Max(value = 1_000_000, message = "{admin.pay-bands.pay.tooHigh}")
	private Integer minimumPay;

	@PositiveOrZero(message = "{admin.form.notNegative}")
	@Max(value = 1_000_000, message = "{admin.pay-bands.pay.tooHigh}")
	private Integer maximumPay;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String allowances;

	@NotNull(message = "{admin.pay-bands.awardStatus.required}")
	private AwardStatus awardStatus;

	@NoControlCharacters
	@Size(max = 20, message = "{admin.form.tooLong}")
	private String pendingAwardYear;

	private FigureBasis figureBasis;

	@NoControlCharacters
	@Size(max = 2000, message = "{admin.form.tooLong}")
	private String note;

	@NoControlCharacters
	private String source;

	private DateInput effectiveDate = new DateInput();

	static PayBandForm of(PayBand band) {
		PayBandForm form = new PayBandForm();
		form.setVersion(band.getVersion());
		form.setCode(band.getCode());
		form.organisation = band.getOrganisation();
		form.band = band.getBand();
		form.payYear = band.getPayYear();
		form.minimumPay = band.getMinimumPay();
		form.maximumPay = band.getMaximumPay();
		form.allowances = band.getAllowances();
		form.awardStatus = band.getAwardStatus();
		form.pendingAwardYear = band.getPendingAwardYear();
		form.figureBasis = band.getFigureBasis();
		form.note = band.getNote();
		form.source = band.getSource().getCode();
		form.effectiveDate = DateInput.of(band.getEffectiveDate());
		return form;
	}

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", getCode());
		values.put("organisation", this.organisation);
		values.put("band", this.band);
		values.put("payYear", this.payYear);
		values.put("minimumPay", Objects.toString(this.minimumPay, null));
		values.put("maximumPay", Objects.toString(this.maximumPay, null));
		values.put("allowances", this.allowances);
		values.put("awardStatus", Objects.toString(this.awardStatus, null));
		values.put("pendingAwardYear", this.pendingAwardYear);
		values.put("figureBasis", Objects.toString(this.figureBasis, null));
		values.put("note", this.note);
		values.put("source", this.source);
		values.put("effectiveDate", DateInput.text(this.effectiveDate));
		return values;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getBand() {
		return this.band;
	}

	public void setBand(String band) {
		this.band = band;
	}

	public String getPayYear() {
		return this.payYear;
	}

	public void setPayYear(String payYear) {
		this.payYear = payYear;
	}

	public Integer getMinimumPay() {
		return this.minimumPay;
	}

	public void setMinimumPay(Integer minimumPay) {
		this.minimumPay = minimumPay;
	}

	public Integer getMaximumPay() {
		return this.maximumPay;
	}

	public void setMaximumPay(Integer maximumPay) {
		this.maximumPay = maximumPay;
	}

	public String getAllowances() {
		return this.allowances;
	}

	public void setAllowances(String allowances) {
		this.allowances = allowances;
	}

	public AwardStatus getAwardStatus() {
		return this.awardStatus;
	}

	public void setAwardStatus(AwardStatus awardStatus) {
		this.awardStatus = awardStatus;
	}

	public String getPendingAwardYear() {
		return this.pendingAwardYear;
	}

	public void setPendingAwardYear(String pendingAwardYear) {
		this.pendingAwardYear = pendingAwardYear;
	}

	public FigureBasis getFigureBasis() {
		return this.figureBasis;
	}

	public void setFigureBasis(FigureBasis figureBasis) {
		this.figureBasis = figureBasis;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public DateInput getEffectiveDate() {
		return this.effectiveDate;
	}

	public void setEffectiveDate(DateInput effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

}
