package uk.probationcareers.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What counters kept per client address (sign-in throttling, reader feedback) are keyed
 * by: the address a client cannot cheaply change, stored only as a hash.
 */
public final class ClientAddresses {

	private ClientAddresses() {
	}

	/**
	 * An IPv4 address as it is, or the /64 network of an IPv6 one (one subscriber often
	 * holds a whole /64).
	 */
	public static String group(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return (address != null) ? address : "";
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			return (bytes.length == 16) ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	/**
	 * The SHA-256 of a value, in hex, so nothing a client sent is stored as it was.
	 */
	public static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(((value != null) ? value : "").getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
