package uk.probationcareers.compare;

import java.util.List;

import uk.probationcareers.role.RoleGroupView;

/**
 * The form for choosing roles: the published roles in their groups, which are ticked, and
 * what is wrong, if anything.
 */
public record Chooser(List<RoleGroupView> groups, List<String> ticked, String errorKey) {

	/**
	 * The error summary links to this id, which the first checkbox carries.
	 */
	public static final String FIRST_INPUT_ID = "roles";

	public String firstInputId() {
		return FIRST_INPUT_ID;
	}

	public boolean hasError() {
		return this.errorKey != null;
	}

	public boolean isTicked(String slug) {
		return this.ticked.contains(slug);
	}

	public String inputId(String slug) {
		boolean first = !this.groups.isEmpty() && this.groups.get(0).roles().get(0).slug().equals(slug);
		return first ? FIRST_INPUT_ID : FIRST_INPUT_ID + "-" + slug;
	}

}
