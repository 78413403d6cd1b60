package uk.probationcareers.system;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A public page as sent: its bytes, a weak ETag derived from them (weak, because the
 * server may send the same page gzipped), and the headers the security filters wrote when
 * it was rendered, to send again with every copy.
 */
record RenderedPage(String contentType, byte[] body, String etag, long lastModified, Map<String, List<String>> headers,
		AtomicBoolean refreshing) {

	static RenderedPage of(String contentType, byte[] body, long lastModified, Map<String, List<String>> headers) {
		return new RenderedPage(contentType, body, etag(body), lastModified, Map.copyOf(headers), new AtomicBoolean());
	}

	/**
	 * Whether this request should render the page again: only the first request to find
	 * it older than {@code maxAge} does; the others go on getting these bytes meanwhile.
	 */
	boolean claimRefresh(long nowMillis, long maxAgeMillis) {
		return nowMillis - this.lastModified >= maxAgeMillis && this.refreshing.compareAndSet(false, true);
	}

	int weight() {
		return this.body.length;
	}

	private static String etag(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
