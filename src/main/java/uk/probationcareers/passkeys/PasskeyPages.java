package uk.probationcareers.passkeys;

import uk.probationcareers.system.SiteAddress;

/**
 * Whether browsers will make passkeys for the site at all: only in a secure context,
 * which is a site served over HTTPS, or from localhost.
 */
final class PasskeyPages {

	private PasskeyPages() {
	}

	static boolean possible(SiteAddress site) {
		String host = site.host();
		return site.origin().startsWith("https://") || "localhost".equals(host) || host.endsWith(".localhost");
	}

}
