package uk.probationcareers.role.editorial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.NoControlCharacters;
import uk.probationcareers.admin.VersionedForm;

/**
 * The entry routes into the role (from the catalogue), its pay band and a note on pay.
 */
public class RoutesPayForm implements VersionedForm {

	private Long version;

	private List<String> entryRoutes = new ArrayList<>();

	@NoControlCharacters
	private String payBand;

	@NoControlCharacters
	@Size(max = 1000, message = "{admin.form.tooLong}")
	private String payNote;

	@Override
	public Map<String, String> values() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("entryRoutes", String.join(", ", this.entryRoutes));
		values.put("payBand", this.payBand);
		values.put("payNote", this.payNote);
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

	public List<String> getEntryRoutes() {
		return this.entryRoutes;
	}

	public void setEntryRoutes(List<String> entryRoutes) {
		this.entryRoutes = entryRoutes;
	}

	public String getPayBand() {
		return this.payBand;
	}

	public void setPayBand(String payBand) {
		this.payBand = payBand;
	}

	public String getPayNote() {
		return this.payNote;
	}

	public void setPayNote(String payNote) {
		this.payNote = payNote;
	}

}
