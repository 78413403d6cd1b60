package uk.probationcareers.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;

/**
 * A public page as sent: its bytes, the same bytes gzipped once, a weak ETag (the gzipped
 * and plain bytes are the same page) derived from the content, and the headers the
 * security filters wrote when it was rendered, to send again with every copy.
 */
record RenderedPage(String contentType, byte[] body, byte[] gzipped, String etag, long lastModified,
		Map<String, List<String>> headers, AtomicBoolean refreshing) {

	static RenderedPage of(String contentType, byte[] body, long lastModified, Map<String, List<String>> headers) {
		return new RenderedPage(contentType, body, gzip(body), etag(body), lastModified, Map.copyOf(headers),
				new AtomicBoolean());
	}

	/**
	 * Whether this request should render the page again: only the first request to find
	 * it older than {@code maxAge} does; the others go on getting these bytes meanwhile.
	 */
	boolean claimRefresh(long nowMillis, long maxAgeMillis) {
		return nowMillis - this.lastModified >= maxAgeMillis && this.refreshing.compareAndSet(false, true);
	}

	int weight() {
		return this.body.length + this.gzipped.length;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
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
