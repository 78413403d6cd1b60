package uk.probationcareers.system;

/**
 * Something built from the published view records, such as the site search index. After a
 * committed catalogue change it is rebuilt once the cached view records are emptied (so
 * it reads the new ones) and before the rendered pages are (so no page kept afterwards
 * was rendered from the old one).
 */
public interface CatalogueFollower {

	void rebuild();

}
