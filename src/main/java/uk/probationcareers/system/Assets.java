package uk.probationcareers.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where pages link the built styles and scripts: under a path named after a hash of their
 * content, worked out once at start-up, so browsers may keep them for a year and still
 * get new ones the moment they change.
 */
class Assets {

	static final String LOCATION = "classpath:/static/assets/";

	private final String path;

	Assets() {
		this.path = "/assets/v-" + hashOf(LOCATION + "*");
	}

	/**
	 * The path the built files are served under, without a trailing slash.
	 */
	String path() {
		return this.path;
	}

	private static String hashOf(String pattern) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				digest.update(file.getFilename().getBytes(StandardCharsets.UTF_8));
				try (InputStream in = file.getInputStream()) {
					digest.update(in.readAllBytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
