package uk.probationcareers.role.editorial;

import java.util.Set;

import uk.probationcareers.role.EditionState;

/**
 * What the workflow rules need to know about an edition.
 *
 * @param state where it stands
 * @param submittedBy who sent it for review, if anyone has
 * @param publishedBy who published it, if anyone has
 * @param forcePublished whether an admin published it without a second person
 * @param secondLooked whether someone has since taken a second look at it
 * @param editors everyone who made or saved any part of it
 */
public record EditionFacts(EditionState state, String submittedBy, String publishedBy, boolean forcePublished,
		boolean secondLooked, Set<String> editors) {

	public EditionFacts {
		editors = Set.copyOf(editors);
	}

	public static EditionFacts draft() {
		return new EditionFacts(EditionState.DRAFT, null, null, false, false, Set.of());
	}

	/**
	 * Whether the person sent the edition for review or made or saved any part of it.
	 */
	public boolean submittedOrEditedBy(String username) {
		return username.equals(this.submittedBy) || this.editors.contains(username);
	}

}
