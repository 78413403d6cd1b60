package uk.probationcareers.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.probationcareers.system.ClientAddresses;

/**
 * Decides whether a sign-in attempt may have its password checked, counting failures per
 * username and client address, per address and per username (see {@link SignInScope}). An
 * attempt is counted as a failure before its password is checked and given back if it
 * succeeds, all in the database, so parallel requests cannot get past a limit.
 */
@Component
class SignInThrottle {

	private final SignInCounters counters;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SignInLimits limits;

	SignInThrottle(SignInCounters counters, PlatformTransactionManager transactions, Clock clock, SignInLimits limits) {
		this.counters = counters;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * A counted attempt, or a refusal naming the limit that refused it.
	 */
	record Attempt(String usernameKey, String addressKey, List<Counted> counted, List<SignInScope> reachedLimit,
			SignInScope refusedBy) {

		boolean allowed() {
			return this.refusedBy == null;
		}

	}

	record Counted(SignInScope scope, String key, int limit) {
	}

	Attempt begin(String username, String address) {
		Instant now = this.clock.instant();
		String usernameKey = key(normalise(username));
		String addressKey = key(address);
		List<Counted> counters = new ArrayList<>();
		counters.add(new Counted(SignInScope.ADDRESS, key(addressGroup(address)), this.limits.perAddress()));
		counters.add(new Counted(SignInScope.PAIR, key(usernameKey + " " + addressKey),
				this.limits.perUsernameAndAddress()));
		if (!this.counters.isKnown(usernameKey, addressKey, now.minus(this.limits.knownAddressFor()))) {
			counters.add(new Counted(SignInScope.USERNAME, usernameKey, this.limits.perUsername()));
		}
		counters.forEach((counter) -> this.counters.ensure(counter.scope(), counter.key()));
		Instant windowStart = now.minus(this.limits.lockout());
		return this.transaction.execute((status) -> {
			List<SignInScope> reached = new ArrayList<>();
			for (Counted counter : counters) {
				OptionalInt count = this.counters.reserve(counter.scope(), counter.key(), counter.limit(), windowStart,
						now);
				if (count.isEmpty()) {
					status.setRollbackOnly();
					return new Attempt(usernameKey, addressKey, List.of(), List.of(), counter.scope());
				}
				if (count.getAsInt() >= counter.limit()) {
					reached.add(counter.scope());
				}
			}
			return new Attempt(usernameKey, addressKey, List.copyOf(counters), List.copyOf(reached), null);
		});
	}

	/**
	 * The password was right: the attempt is not a failure, and the address becomes one
	 * this username is known to sign in from.
	 */
	void succeeded(Attempt attempt) {
		for (Counted counter : attempt.counted()) {
			if (counter.scope() == SignInScope.PAIR) {
				this.counters.clear(counter.scope(), counter.key());
			}
			else {
				this.counters.refund(counter.scope(), counter.key());
			}
		}
		this.counters.remember(attempt.usernameKey(), attempt.addressKey(), this.clock.instant());
	}

	/**
	 * When the limits this failure reached lift, if no other failure is counted first.
	 */
	Instant lockedUntil() {
		return this.clock.instant().plus(this.limits.lockout());
	}

	static String normalise(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	static String addressGroup(String address) {
		return ClientAddresses.group(address);
	}

	static String key(String value) {
		return ClientAddresses.hash(value);
	}

}
