package uk.probationcareers.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Real HTTP requests to the running application, as a browser without JavaScript makes
 * them.
 */
public final class HttpPages {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final int port;

	public HttpPages(int port) {
		this.port = port;
	}

	public HttpResponse<String> get(String path) {
		return get(path, Map.of());
	}

	public HttpResponse<String> get(String path, Map<String, String> headers) {
		return send(getRequest(path, headers), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
		return send(getRequest(path, headers), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest getRequest(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET();
		headers.forEach(request::setHeader);
		return request.build();
	}

	public HttpResponse<String> post(String path, String form) {
		HttpRequest request = HttpRequest.newBuilder(uri(path))
			.header("Accept", BROWSER_ACCEPT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	public URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.client.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
