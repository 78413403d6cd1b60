package uk.probationcareers.browser;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.probationcareers.support.ExternalSuite;

class ChromiumAvailable implements ExecutionCondition {

	static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		return ExternalSuite.runWhen(present, "Browser suite", "no Chromium at " + CHROMIUM + " or no ChromeDriver at "
				+ CHROMEDRIVER + " (install with: apt-get install -y chromium chromium-driver; .ci/run does)");
	}

}
