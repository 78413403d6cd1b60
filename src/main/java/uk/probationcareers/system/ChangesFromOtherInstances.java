package uk.probationcareers.system;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Where several instances share one database: every {@code site.changes.poll-interval}
 * this instance reads the newest {@link ChangeSignal} and, when another instance has
 * committed a change since the last look, empties its public caches as if the change were
 * its own. A look that fails (the database restarting) is simply repeated, so nothing
 * missed is lost: the next look that succeeds sees every change since. Changes made
 * before this instance started need nothing, since its caches start empty.
 * <p>
 * Only with {@code site.changes.follow-other-instances} (the {@code postgres} profile).
 * That is read when the site starts, not through a bean condition, because conditions are
 * settled at build time when the site runs ahead-of-time processed.
 */
@Component
class ChangesFromOtherInstances implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangesFromOtherInstances.class);

	private final ChangeSignal signal;

	private final PublicCacheEviction eviction;

	private final Duration interval;

	private final boolean follow;

	private ScheduledExecutorService looks;

	private long seen;

	private boolean lastLookFailed;

	ChangesFromOtherInstances(ChangeSignal signal, PublicCacheEviction eviction,
			@Value("${site.changes.poll-interval:500ms}") Duration interval,
			@Value("${site.changes.follow-other-instances:false}") boolean follow) {
		this.signal = signal;
		this.eviction = eviction;
		this.interval = interval;
		this.follow = follow;
	}

	@Override
	public boolean isAutoStartup() {
		return this.follow;
	}

	@Override
	public synchronized void start() {
		this.seen = this.signal.latest();
		this.looks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "changes-from-other-instances");
			thread.setDaemon(true);
			return thread;
		});
		long millis = this.interval.toMillis();
		this.looks.scheduleWithFixedDelay(this::look, millis, millis, TimeUnit.MILLISECONDS);
	}

	void look() {
		try {
			long latest = this.signal.latest();
			if (this.lastLookFailed) {
				log.info("Following catalogue changes again");
				this.lastLookFailed = false;
			}
			if (latest != this.seen) {
				this.seen = latest;
				this.eviction.emptyPublicCaches();
			}
		}
		catch (RuntimeException ex) {
			if (!this.lastLookFailed) {
				log.warn("Could not read the latest catalogue change; trying again every {}", this.interval, ex);
				this.lastLookFailed = true;
			}
		}
	}

	@Override
	public synchronized void stop() {
		if (this.looks != null) {
			this.looks.shutdownNow();
			this.looks = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.looks != null;
	}

}
