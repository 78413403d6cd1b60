package uk.probationcareers.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The built jar ({@code target/probation-careers-*.jar}) started as an operator starts
 * it, with its ahead-of-time processed beans ({@code -Dspring.aot.enabled=true}): a
 * process of its own whose working folder is {@code folder}, so the default H2 file is
 * {@code folder/data/probation-careers.mv.db}, on loopback at {@code port}, with the
 * environment given and its output in {@code folder/site.log}. Closing it kills it if it
 * is still running.
 */
public final class RunningJar implements AutoCloseable {

	/**
	 * What {@code Process.exitValue()} gives for a process ended by SIGKILL (128 + 9).
	 */
	public static final int KILLED_BY_SIGKILL = 137;

	private final Process process;

	private final Path log;

	private final int port;

	private Duration startedIn;

	private RunningJar(Process process, Path log, int port) {
		this.process = process;
		this.log = log;
		this.port = port;
	}

	/**
	 * Starts the jar and waits until it is ready for traffic.
	 * @param environment added to this JVM's environment, from which any {@code SPRING_},
	 * {@code ADMIN_} and {@code POSTGRES_} variables are removed first
	 */
	public static RunningJar start(Path folder, int port, Map<String, String> environment, List<String> arguments,
			Duration readyWithin) {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dspring.aot.enabled=true", "-jar",
						builtJar().toString(), "--server.port=" + port, "--server.address=127.0.0.1"));
		command.addAll(arguments);
		Path log = folder.resolve("site.log");
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment()
			.keySet()
			.removeIf(
					(name) -> name.startsWith("SPRING_") || name.startsWith("ADMIN_") || name.startsWith("POSTGRES_"));
		builder.environment().putAll(environment);
		try {
			RunningJar jar = new RunningJar(builder.start(), log, port);
			jar.awaitReady(readyWithin);
			return jar;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The jar {@code ./mvnw package} built, which the failsafe plugin's integration tests
	 * run against.
	 */
	public static Path builtJar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("probation-careers-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No target/probation-careers-*.jar: run ./mvnw package"))
				.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No target folder: run ./mvnw package", ex);
		}
	}

	/**
	 * A port nothing listens on now.
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int port() {
		return this.port;
	}

	/**
	 * How long the site took from its start until it was ready for traffic.
	 */
	public Duration startedIn() {
		return this.startedIn;
	}

	/**
	 * Ends the process with SIGKILL ({@code destroyForcibly} on Linux), giving it no
	 * chance to finish anything, and waits for it to be gone.
	 * @return its exit value, {@link #KILLED_BY_SIGKILL} when SIGKILL ended it
	 */
	public int kill() {
		this.process.destroyForcibly();
		return waitForExit();
	}

	/**
	 * Asks the process to shut down (SIGTERM) and waits for it to be gone.
	 */
	public int stop() {
		this.process.destroy();
		return waitForExit();
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			kill();
		}
	}

	/**
	 * The last lines the site wrote, for failure messages.
	 */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private void awaitReady(Duration within) {
		HttpPages pages = new HttpPages(this.port);
		long start = System.nanoTime();
		while (System.nanoTime() - start < within.toNanos()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The site stopped while starting; its log:\n" + logTail());
			}
			try {
				if (pages.get("/actuator/health/readiness").statusCode() == 200) {
					this.startedIn = Duration.ofNanos(System.nanoTime() - start);
					return;
				}
			}
			catch (UncheckedIOException ex) {
				// Not listening yet.
			}
			pause();
		}
		close();
		throw new IllegalStateException("The site was not ready within " + within + "; its log:\n" + logTail());
	}

	private int waitForExit() {
		try {
			if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				this.process.waitFor();
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
