package uk.probationcareers.pay;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.probationcareers.catalogue.Source;
import uk.probationcareers.model.VersionedEntity;

@Entity
@Table(name = "pay_band")
public class PayBand extends VersionedEntity {

	private String code;

	private String organisation;

	private String band;

	private String payYear;

	private Integer minimumPay;

	private Integer maximumPay;

	private String allowances;

	@Enumerated(EnumType.STRING)
	private AwardStatus awardStatus;

	private String note;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	private LocalDate effectiveDate;

	private String pendingAwardYear;

	@Enumerated(EnumType.STRING)
	private FigureBasis figureBasis;

	public String getCode() {
		return this.code;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public String getBand() {
		return this.band;
	}

	public String getPayYear() {
		return this.payYear;
	}

	public Integer getMinimumPay() {
		return this.minimumPay;
	}

	public Integer getMaximumPay() {
		return this.maximumPay;
	}

	public String getAllowances() {
		return this.allowances;
	}

	public AwardStatus getAwardStatus() {
		return this.awardStatus;
	}

	public String getNote() {
		return this.note;
	}

	public Source getSource() {
		return this.source;
	}

	public LocalDate getEffectiveDate() {
		return this.effectiveDate;
	}

	public String getPendingAwardYear() {
		return this.pendingAwardYear;
	}

	public FigureBasis getFigureBasis() {
		return this.figureBasis;
	}

	/**
	 * Corrects the band's identity and words in place.
	 */
	public void describe(String code, String organisation, String band, String allowances, String note) {
		this.code = code;
		this.organisation = organisation;
		this.band = band;
		this.allowances = allowances;
		this.note = note;
	}

	/**
	 * Sets the figure and what it is worth; the caller has checked {@link PayBandRules}.
	 */
	public void pay(String payYear, Integer minimumPay, Integer maximumPay, AwardStatus awardStatus,
			String pendingAwardYear, FigureBasis figureBasis, Source source, LocalDate effectiveDate) {
		this.payYear = payYear;
		this.minimumPay = minimumPay;
		this.maximumPay = maximumPay;
		this.awardStatus = awardStatus;
		this.pendingAwardYear = pendingAwardYear;
		this.figureBasis = figureBasis;
		this.source = source;
		this.effectiveDate = effectiveDate;
	}

}
