package uk.probationcareers.security;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, on one instance only, forgets the sign-in counters and known addresses that
 * no longer affect any sign-in, so an attacker trying many addresses or usernames cannot
 * grow the tables for good.
 */
@Component
public class SignInHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(SignInHousekeeping.class);

	private final SignInCounters counters;

	private final SignInLimits limits;

	private final Clock clock;

	SignInHousekeeping(SignInCounters counters, SignInLimits limits, Clock clock) {
		this.counters = counters;
		this.limits = limits;
		this.clock = clock;
	}

	@Scheduled(cron = "${admin.sign-in.housekeeping-cron:0 17 3 * * *}", zone = "UTC")
	@SchedulerLock(name = "sign-in-housekeeping", lockAtLeastFor = "1m")
	public void forgetWhatNoLongerCounts() {
		Instant now = this.clock.instant();
		int counters = this.counters.forgetCountersBefore(now.minus(this.limits.lockout()));
		int addresses = this.counters.forgetAddressesBefore(now.minus(this.limits.knownAddressFor()));
		log.info("Sign-in housekeeping: forgot {} expired counters and {} addresses no longer known", counters,
				addresses);
	}

}
