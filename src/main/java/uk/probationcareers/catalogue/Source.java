package uk.probationcareers.catalogue;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.probationcareers.model.VersionedEntity;

@Entity
@Table(name = "source")
public class Source extends VersionedEntity {

	private String code;

	private String title;

	private String publisher;

	private String url;

	private String licence;

	private LocalDate dateChecked;

	private boolean homePageOnly;

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getUrl() {
		return this.url;
	}

	public String getLicence() {
		return this.licence;
	}

	public LocalDate getDateChecked() {
		return this.dateChecked;
	}

	public boolean isHomePageOnly() {
		return this.homePageOnly;
	}

	/**
	 * Corrects the source in place; everything that cites it shows the change.
	 */
	public void update(String code, String title, String publisher, String url, String licence, LocalDate dateChecked,
			boolean homePageOnly) {
		this.code = code;
		this.title = title;
		this.publisher = publisher;
		this.url = url;
		this.licence = licence;
		this.dateChecked = dateChecked;
		this.homePageOnly = homePageOnly;
	}

}
