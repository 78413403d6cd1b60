package uk.probationcareers.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.probationcareers.admin.NoControlCharacters;

/**
 * "Report a problem with this page": what the reader was doing and what went wrong. Line
 * breaks count as one character each, however the browser sent them.
 */
public class ProblemForm {

	static final int LONGEST = 1200;

	private String page;

	@Size(max = LONGEST, message = "{feedback.problem.doing.tooLong}")
	@NoControlCharacters(message = "{feedback.problem.doing.controlCharacters}")
	private String doing;

	@NotBlank(message = "{feedback.problem.wentWrong.missing}")
	@Size(max = LONGEST, message = "{feedback.problem.wentWrong.tooLong}")
	@NoControlCharacters(message = "{feedback.problem.wentWrong.controlCharacters}")
	private String wentWrong;

	public ProblemForm() {
	}

	ProblemForm(String page) {
		this.page = page;
	}

	public String getPage() {
		return this.page;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public String getDoing() {
		return this.doing;
	}

	public void setDoing(String doing) {
		this.doing = oneLineBreak(doing);
	}

	public String getWentWrong() {
		return this.wentWrong;
	}

	public void setWentWrong(String wentWrong) {
		this.wentWrong = oneLineBreak(wentWrong);
	}

	public int getLongest() {
		return LONGEST;
	}

	private static String oneLineBreak(String text) {
		return (text != null) ? text.replace("\r\n", "\n") : null;
	}

}
