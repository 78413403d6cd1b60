package uk.probationcareers.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests to the running API as another site's program or page makes them.
 */
final class ApiRequests {

	/**
	 * Every address of version 1, with a role, a route and a search of the seeded
	 * catalogue.
	 */
	static final List<String> ADDRESSES = List.of("/api/v1/roles", "/api/v1/roles/probation-officer", "/api/v1/routes",
			"/api/v1/routes/pqip-15-month", "/api/v1/pay-bands", "/api/v1/pay-awards", "/api/v1/career-paths",
			"/api/v1/changes", "/api/v1/search?q=probation%20officer");

	static final JsonMapper JSON = new JsonMapper();

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	ApiRequests(int port) {
		this.port = port;
	}

	HttpResponse<String> get(String path) {
		return get(path, Map.of());
	}

	HttpResponse<String> get(String path, Map<String, String> headers) {
		return send("GET", path, headers);
	}

	HttpResponse<String> send(String method, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json")
			.method(method, HttpRequest.BodyPublishers.noBody());
		headers.forEach(request::setHeader);
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	JsonNode json(String path) {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return JSON.readTree(response.body());
	}

}
