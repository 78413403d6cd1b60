package uk.probationcareers.system;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The bytes of every published page already rendered, kept until the next catalogue
 * change on this instance empties them all at once (see {@code PublicCacheEviction}). A
 * page older than {@code refreshAfter} is rendered again by the next request while the
 * others still get the old bytes, so a change saved on another instance shows here soon
 * too without every request rendering at once. Bounded by bytes, so made-up query strings
 * cannot fill the memory.
 */
public class PublishedPageCache {

	private final Cache<String, RenderedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private final boolean enabled;

	private final Duration refreshAfter;

	public PublishedPageCache(boolean enabled, long maxBytes, Duration refreshAfter) {
		this.enabled = enabled;
		this.refreshAfter = refreshAfter;
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, RenderedPage page) -> page.weight() + key.length())
			.build();
	}

	Optional<RenderedPage> find(String key) {
		return Optional.ofNullable(this.pages.getIfPresent(key));
	}

	/**
	 * How old a kept page may grow before the next request renders it again.
	 */
	Duration refreshAfter() {
		return this.refreshAfter;
	}

	/**
	 * Which set of pages is current: a page rendered while a change was being committed
	 * belongs to the old set and is not kept.
	 */
	long generation() {
		return this.generation.get();
	}

	RenderedPage keep(String key, long renderedIn, Supplier<RenderedPage> page) {
		RenderedPage rendered = page.get();
		if (this.enabled && this.generation.get() == renderedIn) {
			this.pages.put(key, rendered);
		}
		return rendered;
	}

	/**
	 * Forgets every page: called once a catalogue change is committed.
	 */
	public void clear() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

}
