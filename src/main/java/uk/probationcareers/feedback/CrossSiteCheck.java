package uk.probationcareers.feedback;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import uk.probationcareers.system.SiteAddress;

/**
 * Whether a feedback post came from one of this site's own pages, without a session or a
 * CSRF token: the browser's {@code Sec-Fetch-Site} header must say {@code same-origin}
 * (or {@code none}: typed or bookmarked by the person, which another site cannot cause).
 * A browser too old to send it still sends {@code Origin} with a form post, which must
 * then be this site's own address ({@code site.base-url}). A request with neither header
 * did not come from a browser form on another site, and is let through to the limit.
 */
@Component
class CrossSiteCheck {

	private final String siteOrigin;

	CrossSiteCheck(SiteAddress site) {
		this.siteOrigin = origin(URI.create(site.of("/")));
	}

	boolean allows(HttpServletRequest request) {
		String fetchSite = request.getHeader("Sec-Fetch-Site");
		if (fetchSite != null) {
			String value = fetchSite.strip().toLowerCase(Locale.ROOT);
			return value.equals("same-origin") || value.equals("none");
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return true;
		}
		try {
			URI uri = URI.create(origin.strip());
			return uri.getScheme() != null && uri.getHost() != null && origin(uri).equals(this.siteOrigin);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String origin(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort();
		boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80)
				|| (scheme.equals("https") && port == 443);
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

}
