package uk.probationcareers.passkeys;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.security.web.webauthn.api.CredentialRecord;

/**
 * One of a user's passkeys as their account page lists it: the name they gave it, when it
 * was added and when it last signed them in (null if never), in UK time.
 */
public record Passkey(String id, String name, ZonedDateTime created, ZonedDateTime lastUsed) {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	static Passkey of(CredentialRecord record) {
		return new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(), uk(record.getCreated()),
				uk(record.getLastUsed()));
	}

	private static ZonedDateTime uk(Instant instant) {
		return (instant != null) ? instant.atZone(UK) : null;
	}

}
