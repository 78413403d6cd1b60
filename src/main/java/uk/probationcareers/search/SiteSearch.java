package uk.probationcareers.search;

import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import uk.probationcareers.system.CatalogueFollower;

/**
 * Searches the published catalogue. The index is built at start-up and built again after
 * every committed catalogue change, before the page cache is emptied; searches carry on
 * with the old index while the new one is built and then use the new one.
 */
@Service
public class SiteSearch implements CatalogueFollower {

	private static final Logger log = LoggerFactory.getLogger(SiteSearch.class);

	private final CatalogueEntries entries;

	private final SearchAnalysis analysis = SearchAnalysis.fromClasspath();

	private final AtomicReference<SearchIndex> index = new AtomicReference<>();

	SiteSearch(CatalogueEntries entries) {
		this.entries = entries;
	}

	/**
	 * Searches for the words typed, tidied and cut to their longest length first.
	 */
	public SearchResults search(String typed) {
		return current().search(SearchQuery.of(typed));
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildAtStartUp() {
		rebuild();
	}

	/**
	 * Builds a new index from the committed catalogue and puts it in place of the old. If
	 * reading the catalogue fails, the old index stays and the failure is logged: a
	 * publish is never undone by search.
	 */
	@Override
	public void rebuild() {
		try {
			SearchIndex built = SearchIndex.build(this.entries.read(), this.analysis);
			this.index.set(built);
			log.debug("Search index built with {} entries", built.size());
		}
		catch (RuntimeException ex) {
			if (this.index.get() == null) {
				throw ex;
			}
			log.error("The search index could not be rebuilt; searches use the previous one", ex);
		}
	}

	private SearchIndex current() {
		SearchIndex current = this.index.get();
		if (current == null) {
			synchronized (this) {
				if (this.index.get() == null) {
					rebuild();
				}
			}
			current = this.index.get();
		}
		return current;
	}

}
