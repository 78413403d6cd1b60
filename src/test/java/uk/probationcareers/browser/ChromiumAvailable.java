package uk.probationcareers.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.probationcareers.support.ExternalSuite;

/**
 * Runs the browser suite when both Chromium and ChromeDriver are present. Their paths can
 * be changed with {@code -Dchromium.binary} and {@code -Dchromedriver.binary}.
 */
class ChromiumAvailable implements ExecutionCondition {

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String problem = problem(CHROMIUM, CHROMEDRIVER);
		return ExternalSuite.runWhen(problem == null, "Browser suite", problem);
	}

	/**
	 * Says which of the two programs is missing or unusable, or {@code null} when both
	 * can run.
	 */
	static String problem(Path chromium, Path chromedriver) {
		List<String> problems = new ArrayList<>();
		String chromiumProblem = missing(chromium);
		if (chromiumProblem != null) {
			problems.add("Chromium " + chromiumProblem + " (-Dchromium.binary)");
		}
		String driverProblem = missing(chromedriver);
		if (driverProblem != null) {
			problems.add("ChromeDriver " + driverProblem + " (-Dchromedriver.binary)");
		}
		if (problems.isEmpty()) {
			return null;
		}
		return String.join(" and ", problems)
				+ "; install both with: apt-get install -y chromium chromium-driver (.ci/run does)";
	}

	private static String missing(Path program) {
		if (!Files.exists(program)) {
			return "is not installed: no file at " + program;
		}
		if (!Files.isExecutable(program)) {
			return "at " + program + " cannot be run (not executable)";
		}
		return null;
	}

}
