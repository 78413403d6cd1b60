package uk.probationcareers.system;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the site is published, from {@code site.base-url}: every absolute address the
 * site prints (the feed's links, the address at the foot of a printed comparison) starts
 * here. Never taken from the request, whose {@code Host} header anyone can forge and
 * whose pages are kept and sent to everyone.
 */
@Component
public class SiteAddress {

	private final String base;

	private final URI uri;

	public SiteAddress(@Value("${site.base-url}") String baseUrl) {
		URI uri = URI.create(baseUrl.strip());
		if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
				|| uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException(
					"site.base-url must be an http or https address without a query, such as https://example.org, not "
							+ baseUrl);
		}
		this.uri = uri;
		String text = uri.toString();
		this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	/**
	 * The absolute address of a path on this site, such as {@code /changes}.
	 */
	public String of(String path) {
		return this.base + path;
	}

	/**
	 * The host name alone, such as {@code careers.example.org}.
	 */
	public String host() {
		return this.uri.getHost();
	}

	/**
	 * The scheme, host and any port but the scheme's default, without a path: what a
	 * browser sends as the {@code Origin} of the site's pages.
	 */
	public String origin() {
		int port = this.uri.getPort();
		boolean defaultPort = port == -1 || ("https".equals(this.uri.getScheme()) && port == 443)
				|| ("http".equals(this.uri.getScheme()) && port == 80);
		return this.uri.getScheme() + "://" + this.uri.getHost() + (defaultPort ? "" : ":" + port);
	}

}
