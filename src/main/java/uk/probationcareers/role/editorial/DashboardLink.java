package uk.probationcareers.role.editorial;

/**
 * A link the dashboard shows for a feature above this one, with how many things wait
 * there, so the dashboard can list it without depending on that feature.
 */
public interface DashboardLink {

	/** The message naming the link; it takes the count as its argument. */
	String messageKey();

	long count();

	String href();

}
