package uk.probationcareers.role;

import org.springframework.ui.Model;

/**
 * Something another feature draws on a published role's profile, such as the part of the
 * career-path map around it. Features that build on roles supply these, so this package
 * never depends on them.
 */
public interface ProfileExtras {

	void addTo(String slug, Model model);

}
