package uk.probationcareers.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser suite's skip and failure messages name the missing program.
 */
class ChromiumAvailableTest {

	@TempDir
	Path folder;

	@Test
	void bothPresentIsNoProblem() throws IOException {
		assertThat(ChromiumAvailable.problem(program("chromium"), program("chromedriver"))).isNull();
	}

	@Test
	void aMissingChromeDriverIsNamedAndChromiumIsNotBlamed() throws IOException {
		String problem = ChromiumAvailable.problem(program("chromium"), this.folder.resolve("chromedriver"));

		assertThat(problem)
			.startsWith("ChromeDriver is not installed: no file at " + this.folder.resolve("chromedriver"))
			.doesNotContain("Chromium is")
			.contains("apt-get install -y chromium chromium-driver");
	}

	@Test
	void aMissingChromiumIsNamedAndChromeDriverIsNotBlamed() throws IOException {
		String problem = ChromiumAvailable.problem(this.folder.resolve("chromium"), program("chromedriver"));

		assertThat(problem).startsWith("Chromium is not installed").doesNotContain("ChromeDriver is");
	}

	@Test
	void bothMissingAreBothNamed() {
		String problem = ChromiumAvailable.problem(this.folder.resolve("chromium"),
				this.folder.resolve("chromedriver"));

		assertThat(problem).contains("Chromium is not installed").contains("ChromeDriver is not installed");
	}

	private Path program(String name) throws IOException {
		return Files.createFile(this.folder.resolve(name),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
	}

}
