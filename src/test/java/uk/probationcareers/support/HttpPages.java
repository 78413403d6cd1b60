package uk.probationcareers.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real HTTP requests to the running application, as a browser without JavaScript makes
 * them.
 */
public final class HttpPages {

	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

	private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern FORM_VERSION = Pattern.compile("name=\"version\" value=\"([0-9]+)\"");

	private final HttpClient client;

	private final CookieManager cookies;

	private final int port;

	private String forwardedFor;

	public HttpPages(int port) {
		this(port, null);
	}

	private HttpPages(int port, CookieManager cookies) {
		this.port = port;
		this.cookies = cookies;
		HttpClient.Builder client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER);
		if (cookies != null) {
			client.cookieHandler(cookies);
		}
		this.client = client.build();
	}

	/**
	 * Pages as one browser sees them: cookies kept from one request to the next.
	 */
	public static HttpPages withCookies(int port) {
		return new HttpPages(port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	/**
	 * The same browser, cookies and all, talking to the site on another port (another
	 * instance, or the proxy in front of them).
	 */
	public HttpPages on(int otherPort) {
		return new HttpPages(otherPort, this.cookies);
	}

	/**
	 * Sends every later request as if from this client address, through a proxy on a
	 * private address that the site trusts ({@code X-Forwarded-For}).
	 */
	public HttpPages from(String clientAddress) {
		this.forwardedFor = clientAddress;
		return this;
	}

	/**
	 * The client address set by {@link #from(String)}, or null.
	 */
	public String clientAddress() {
		return this.forwardedFor;
	}

	/**
	 * The value of a cookie this browser holds, if any.
	 */
	public Optional<String> cookie(String name) {
		if (this.cookies == null) {
			return Optional.empty();
		}
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	/**
	 * The CSRF token of the first form on a page.
	 */
	public static String csrfToken(String html) {
		Matcher matcher = CSRF_TOKEN.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	/**
	 * The version a page's first form carries: the one its reader saw.
	 */
	public static String formVersion(String html) {
		Matcher matcher = FORM_VERSION.matcher(html);
		if (!matcher.find()) {
			throw new AssertionError("No version in a form on the page");
		}
		return matcher.group(1);
	}

	/**
	 * Posts a form as the page at {@code formPage} would, with that page's CSRF token.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(get(formPage).body()));
		return post(action, encode(withToken));
	}

	/**
	 * Signs in through the sign-in page, as a person would.
	 */
	public HttpResponse<String> signIn(String username, String password) {
		return submit("/admin/sign-in", "/admin/sign-in", Map.of("username", username, "password", password));
	}

	public static String encode(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
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
		forwarded(request);
		headers.forEach(request::setHeader);
		return request.build();
	}

	public HttpResponse<String> post(String path, String form) {
		return post(path, form, Map.of());
	}

	public HttpResponse<String> post(String path, String form, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", BROWSER_ACCEPT)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		forwarded(request);
		headers.forEach(request::setHeader);
		return send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * A request with any method and no body, such as DELETE.
	 */
	public HttpResponse<String> send(String method, String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", BROWSER_ACCEPT)
			.method(method, HttpRequest.BodyPublishers.noBody());
		forwarded(request);
		headers.forEach(request::setHeader);
		return send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void forwarded(HttpRequest.Builder request) {
		if (this.forwardedFor != null) {
			request.setHeader("X-Forwarded-For", this.forwardedFor);
		}
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
