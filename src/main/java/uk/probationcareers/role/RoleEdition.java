package uk.probationcareers.role;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.ListIndexBase;
import uk.probationcareers.catalogue.Nation;
import uk.probationcareers.catalogue.NationList;
import uk.probationcareers.model.CommaSeparated;
import uk.probationcareers.pay.PayBand;
import uk.probationcareers.model.VersionedEntity;

/**
 * One complete version of a role's profile. Only the role's live edition is shown to the
 * public.
 */
@Entity
@Table(name = "role_edition")
public class RoleEdition extends VersionedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	private int editionNumber;

	@Enumerated(EnumType.STRING)
	private EditionState state;

	private String title;

	private String summary;

	private String caseload;

	private String workingEnvironment;

	private Integer hoursMin;

	private Integer hoursMax;

	private String hoursPattern;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "pay_band_id")
	private PayBand payBand;

	private String payNote;

	@Convert(converter = NationList.class)
	private List<Nation> nations;

	private String socCode;

	private LocalDate lastReviewed;

	private String changeNote;

	private String createdBy;

	private OffsetDateTime createdAt;

	private String submittedBy;

	private OffsetDateTime submittedAt;

	private String reviewedBy;

	private OffsetDateTime reviewedAt;

	private String publishedBy;

	private OffsetDateTime publishedAt;

	private String changeKind;

	private LocalDate lastUpdated;

	private String withdrawalReason;

	@Convert(converter = CommaSeparated.class)
	private List<String> onwardSlugs;

	@ElementCollection
	@CollectionTable(name = "role_edition_other_title", joinColumns = @JoinColumn(name = "edition_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "title")
	private List<String> otherTitles = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "role_edition_requirement", joinColumns = @JoinColumn(name = "edition_id"))
	@OrderColumn(name = "position")
	@ListIndexBase(1)
	@Column(name = "requirement")
	private List<String> requirements = new ArrayList<>();

	@OneToMany(mappedBy = "edition")
	@OrderBy("position")
	private List<RoleDuty> duties = new ArrayList<>();

	public Role getRole() {
		return this.role;
	}

	public int getEditionNumber() {
		return this.editionNumber;
	}

	public EditionState getState() {
		return this.state;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getCaseload() {
		return this.caseload;
	}

	public String getWorkingEnvironment() {
		return this.workingEnvironment;
	}

	public Integer getHoursMin() {
		return this.hoursMin;
	}

	public Integer getHoursMax() {
		return this.hoursMax;
	}

	public String getHoursPattern() {
		return this.hoursPattern;
	}

	public PayBand getPayBand() {
		return this.payBand;
	}

	public String getPayNote() {
		return this.payNote;
	}

	public List<Nation> getNations() {
		return this.nations;
	}

	public String getSocCode() {
		return this.socCode;
	}

	public LocalDate getLastReviewed() {
		return this.lastReviewed;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public OffsetDateTime getCreatedAt() {
		return this.createdAt;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public OffsetDateTime getSubmittedAt() {
		return this.submittedAt;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public OffsetDateTime getReviewedAt() {
		return this.reviewedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public OffsetDateTime getPublishedAt() {
		return this.publishedAt;
	}

	/**
	 * {@code MAJOR} when publishing this edition told the public what changed,
	 * {@code MINOR} for a correction they need not hear about; {@code null} until
	 * published.
	 */
	public String getChangeKind() {
		return this.changeKind;
	}

	/**
	 * The date the public sees as "Last updated": moved only by a major change.
	 */
	public LocalDate getLastUpdated() {
		return this.lastUpdated;
	}

	/**
	 * Why the role is withdrawn, when this edition withdraws it; otherwise {@code null}.
	 */
	public String getWithdrawalReason() {
		return this.withdrawalReason;
	}

	/**
	 * The slugs of the roles a withdrawn role's page points readers on to.
	 */
	public List<String> getOnwardSlugs() {
		return this.onwardSlugs;
	}

	public List<String> getOtherTitles() {
		return this.otherTitles;
	}

	public List<String> getRequirements() {
		return this.requirements;
	}

	public List<RoleDuty> getDuties() {
		return this.duties;
	}

}
