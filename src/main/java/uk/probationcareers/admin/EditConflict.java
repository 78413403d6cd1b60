package uk.probationcareers.admin;

import java.util.Map;
import java.util.function.UnaryOperator;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/**
 * Someone else saved after the editor loaded the form: saving now would lose their
 * change.
 */
public class EditConflict extends RuntimeException {

	public EditConflict(Throwable cause) {
		super("Someone else saved a later version", cause);
	}

	/**
	 * Readies the form page for a conflict, answered with status 409: the editor's input
	 * kept, their version and the saved one side by side (the {@code admin/conflict}
	 * fragments), and the form now based on the saved version, so that saving again puts
	 * the editor's version over it.
	 */
	public static void show(VersionedForm yours, VersionedForm saved, Model model, HttpServletResponse response) {
		show(yours, saved, UnaryOperator.identity(), model, response);
	}

	/**
	 * As {@link #show(VersionedForm, VersionedForm, Model, HttpServletResponse)}, with
	 * each side's values first renamed or narrowed by {@code shown}.
	 */
	public static void show(VersionedForm yours, VersionedForm saved, UnaryOperator<Map<String, String>> shown,
			Model model, HttpServletResponse response) {
		model.addAttribute("yours", shown.apply(yours.values()));
		model.addAttribute("current", shown.apply(saved.values()));
		yours.setVersion(saved.getVersion());
		response.setStatus(HttpServletResponse.SC_CONFLICT);
	}

}
