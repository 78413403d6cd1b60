package uk.probationcareers.system;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the cached view records, rebuilds what follows them ({@link CatalogueFollower})
 * and then empties the rendered pages once a catalogue change is committed, so the public
 * site shows it on the very next request. Evicting before the commit would let a request
 * in between cache the old rows again.
 */
@Component
class PublicCacheEviction {

	static final List<String> PUBLIC_CACHES = List.of("publishedRoles", "roleProfiles", "careerPathLinks",
			"payOverview", "entryRoutes", "routeOffers", "roleChanges");

	private final CacheManager caches;

	private final PublishedPageCache pages;

	private final ObjectProvider<CatalogueFollower> followers;

	PublicCacheEviction(CacheManager caches, PublishedPageCache pages, ObjectProvider<CatalogueFollower> followers) {
		this.caches = caches;
		this.pages = pages;
		this.followers = followers;
	}

	@TransactionalEventListener
	void catalogueChanged(CatalogueChanged change) {
		emptyPublicCaches();
	}

	void emptyPublicCaches() {
		for (String name : PUBLIC_CACHES) {
			Cache cache = this.caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		}
		try {
			this.followers.orderedStream().forEach(CatalogueFollower::rebuild);
		}
		finally {
			this.pages.clear();
		}
	}

}
