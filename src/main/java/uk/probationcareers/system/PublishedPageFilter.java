package uk.probationcareers.system;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Renders a published page once and then sends the same bytes until a catalogue change
 * empties the cache. Only a plain 200 HTML page without a cookie is kept; errors and
 * anything else pass straight through. Answers 304 to a browser or cache that already
 * holds the current page. Compression is left to the server ({@code server.compression}),
 * like every other response.
 * <p>
 * It runs ahead of the security filters, so a kept page costs no more than writing its
 * bytes: a page is only kept after a request for that very address went through them, and
 * the headers they wrote then (CSP, framing, HSTS over HTTPS and the rest) are sent again
 * with every copy. Pages asked for over HTTPS and HTTP are kept apart; the {@code Host}
 * header plays no part, since no page prints it (see {@code SiteAddress}).
 */
class PublishedPageFilter extends OncePerRequestFilter {

	static final Duration MAX_AGE = Duration.ofSeconds(60);

	static final int LONGEST_KEY = 512;

	private static final String CACHE_CONTROL = CacheControl.maxAge(MAX_AGE).cachePublic().getHeaderValue();

	/** Headers the filter sets itself, or that belong to one response only. */
	private static final Set<String> NOT_REPLAYED = Set.of("cache-control", "pragma", "expires", "content-type",
			"content-length", "content-encoding", "transfer-encoding", "etag", "last-modified", "vary", "date",
			"set-cookie", "content-disposition", "connection", "keep-alive");

	private final PublishedPageCache cache;

	private final Clock clock;

	PublishedPageFilter(PublishedPageCache cache, Clock clock) {
		this.cache = cache;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || key(request).length() > LONGEST_KEY;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		RenderedPage page = this.cache.find(key).orElse(null);
		boolean get = "GET".equals(request.getMethod());
		if (get && (page == null || page.claimRefresh(this.clock.millis(), this.cache.refreshAfter().toMillis()))) {
			RenderedPage stale = page;
			long generation = this.cache.generation();
			ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, rendering);
			if (!keepable(rendering)) {
				if (stale != null) {
					stale.refreshing().set(false);
				}
				rendering.copyBodyToResponse();
				return;
			}
			Map<String, List<String>> headers = replayable(response);
			page = this.cache.keep(key, generation, () -> RenderedPage.of(rendering.getContentType(),
					rendering.getContentAsByteArray(), this.clock.millis() / 1000 * 1000, headers));
			rendering.resetBuffer();
		}
		if (page == null) {
			chain.doFilter(request, response);
			return;
		}
		send(page, request, response);
	}

	private static Map<String, List<String>> replayable(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		page.headers().forEach((name, values) -> {
			if (!response.containsHeader(name)) {
				values.forEach((value) -> response.addHeader(name, value));
			}
		});
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (notModified(page, request)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = page.body();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(page.contentType());
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	private static boolean keepable(ContentCachingResponseWrapper rendering) {
		String type = rendering.getContentType();
		return rendering.getStatus() == HttpServletResponse.SC_OK && type != null
				&& type.startsWith(MediaType.TEXT_HTML_VALUE) && !rendering.containsHeader(HttpHeaders.SET_COOKIE);
	}

	private static boolean notModified(RenderedPage page, HttpServletRequest request) {
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null) {
			String bare = page.etag().substring(2);
			for (String tag : ifNoneMatch.split(",")) {
				String candidate = tag.trim();
				if (candidate.equals("*") || candidate.equals(page.etag()) || candidate.equals(bare)) {
					return true;
				}
			}
			return false;
		}
		long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		return since >= 0 && since >= page.lastModified();
	}

	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		String address = (query != null) ? request.getRequestURI() + "?" + query : request.getRequestURI();
		return (request.isSecure() ? "https:" : "http:") + address;
	}

}
