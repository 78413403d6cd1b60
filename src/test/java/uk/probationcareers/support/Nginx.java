package uk.probationcareers.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * nginx as an operator would put it in front of several instances: round robin over them,
 * the proxy headers the site needs (docs/production.md), a failed or closing instance's
 * idempotent requests passed to the next one, and an access log saying which instance
 * answered each request. Runs in the foreground from a folder of its own, on loopback.
 */
public final class Nginx implements AutoCloseable {

	private static final List<String> PLACES = List.of("/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx",
			"/usr/local/bin/nginx");

	private final Process process;

	private final Path folder;

	private final int port;

	private Nginx(Process process, Path folder, int port) {
		this.process = process;
		this.folder = folder;
		this.port = port;
	}

	/**
	 * The nginx binary, if one is installed.
	 */
	public static Optional<Path> binary() {
		return PLACES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
	}

	public static Nginx start(Path folder, int port, List<Integer> instances) {
		Path nginx = binary().orElseThrow(() -> new IllegalStateException("nginx is not installed"));
		try {
			Files.createDirectories(folder.resolve("logs"));
			Path config = folder.resolve("nginx.conf");
			Files.writeString(config, config(folder, port, instances));
			Process process = new ProcessBuilder(nginx.toString(), "-p", folder.toString(), "-c", config.toString(),
					"-e", folder.resolve("logs/error.log").toString())
				.redirectErrorStream(true)
				.redirectOutput(folder.resolve("logs/nginx.out").toFile())
				.start();
			Nginx started = new Nginx(process, folder, port);
			started.awaitListening(Duration.ofSeconds(20));
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String config(Path folder, int port, List<Integer> instances) {
		String servers = instances.stream()
			.map((instance) -> "    server 127.0.0.1:" + instance + " max_fails=1 fail_timeout=1s;")
			.collect(Collectors.joining("\n"));
		// nginx started by root runs its workers as "nobody", who cannot open a test's
		// private folder.
		String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
		return user + """
				daemon off;
				worker_processes 1;
				pid %1$s/nginx.pid;
				events { worker_connections 512; }
				http {
				  log_format instances '$upstream_addr $status $request_method $request_uri';
				  access_log %1$s/logs/access.log instances;
				  client_body_temp_path %1$s/body;
				  proxy_temp_path %1$s/proxy;
				  fastcgi_temp_path %1$s/fastcgi;
				  uwsgi_temp_path %1$s/uwsgi;
				  scgi_temp_path %1$s/scgi;
				  upstream site {
				%2$s
				    keepalive 16;
				  }
				  server {
				    listen 127.0.0.1:%3$d;
				    location / {
				      proxy_pass http://site;
				      proxy_http_version 1.1;
				      proxy_set_header Connection "";
				      proxy_set_header Host $host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      proxy_set_header X-Forwarded-Proto $scheme;
				      proxy_set_header X-Forwarded-Host $host;
				      proxy_set_header X-Forwarded-Port $server_port;
				      proxy_next_upstream error timeout http_502 http_503;
				    }
				  }
				}
				""".formatted(folder, servers, port);
	}

	public int port() {
		return this.port;
	}

	/**
	 * How many requests each instance (by port) has answered so far, from the access log.
	 */
	public Map<Integer, Long> answeredBy() {
		try (Stream<String> lines = Files.lines(this.folder.resolve("logs/access.log"))) {
			return lines.map((line) -> line.substring(0, line.indexOf(' ')))
				.flatMap((upstreams) -> Stream.of(upstreams.split(", ")))
				.filter((upstream) -> upstream.startsWith("127.0.0.1:"))
				.collect(Collectors.groupingBy((upstream) -> Integer.parseInt(upstream.substring(10)),
						Collectors.counting()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The access log's lines, for failure messages.
	 */
	public String accessLog(Function<String, Boolean> which) {
		try (Stream<String> lines = Files.lines(this.folder.resolve("logs/access.log"))) {
			return lines.filter(which::apply).collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitListening(Duration within) {
		long start = System.nanoTime();
		while (System.nanoTime() - start < within.toNanos()) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						"nginx stopped while starting: " + read("logs/error.log") + read("logs/nginx.out"));
			}
			try (Socket socket = new Socket("127.0.0.1", this.port)) {
				return;
			}
			catch (IOException ex) {
				pause();
			}
		}
		close();
		throw new IllegalStateException("nginx was not listening within " + within + ": " + read("logs/error.log"));
	}

	private String read(String file) {
		File log = this.folder.resolve(file).toFile();
		try {
			return log.exists() ? Files.readString(log.toPath()) : "";
		}
		catch (IOException ex) {
			return ex.getMessage();
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
