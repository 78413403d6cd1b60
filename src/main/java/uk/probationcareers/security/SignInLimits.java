package uk.probationcareers.security;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sign-in limits, from {@code admin.sign-in.*} (each explained in
 * application.properties and docs/security.md).
 */
@Component
class SignInLimits {

	private final int perUsernameAndAddress;

	private final int perAddress;

	private final int perUsername;

	private final Duration lockout;

	private final Duration knownAddressFor;

	SignInLimits(@Value("${admin.sign-in.max-failures:5}") int perUsernameAndAddress,
			@Value("${admin.sign-in.max-failures-per-address:20}") int perAddress,
			@Value("${admin.sign-in.max-failures-per-username:50}") int perUsername,
			@Value("${admin.sign-in.lockout:15m}") Duration lockout,
			@Value("${admin.sign-in.known-address-for:30d}") Duration knownAddressFor) {
		this.perUsernameAndAddress = perUsernameAndAddress;
		this.perAddress = perAddress;
		this.perUsername = perUsername;
		this.lockout = lockout;
		this.knownAddressFor = knownAddressFor;
	}

	int perUsernameAndAddress() {
		return this.perUsernameAndAddress;
	}

	int perAddress() {
		return this.perAddress;
	}

	int perUsername() {
		return this.perUsername;
	}

	Duration lockout() {
		return this.lockout;
	}

	Duration knownAddressFor() {
		return this.knownAddressFor;
	}

}
