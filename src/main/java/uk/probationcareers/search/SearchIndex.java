package uk.probationcareers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An index of the published catalogue, built in memory once and never changed: a change
 * builds a new one (see {@link SiteSearch}). An entry the query names whole comes first
 * ({@link WholeNames}); then matches in a title or other title rank first, then the
 * summary, the duties, the skills and the rest.
 */
final class SearchIndex {

	static final int MOST_HITS = 50;

	static final String TITLE = "title";

	static final String OTHER_TITLES = "other";

	static final String SUMMARY = "summary";

	static final String DUTIES = "duties";

	static final String SKILLS = "skills";

	static final String MORE = "more";

	static final String ENTRY = "entry";

	/**
	 * Each field's weight; the best-matching field counts most (see
	 * {@link #TIE_BREAKER}).
	 */
	static final Map<String, Float> WEIGHTS = Map.of(TITLE, 10f, OTHER_TITLES, 8f, SUMMARY, 4f, DUTIES, 2f, SKILLS,
			1.5f, MORE, 1f);

	static final List<String> FIELDS = List.of(TITLE, OTHER_TITLES, SUMMARY, DUTIES, SKILLS, MORE);

	/** How much the other matching fields add to the best one. */
	private static final float TIE_BREAKER = 0.3f;

	private final List<SearchEntry> entries;

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	private final SearchAnalysis analysis;

	private final Snippets snippets;

	private final Corrections corrections;

	private SearchIndex(List<SearchEntry> entries, DirectoryReader reader, SearchAnalysis analysis) {
		this.entries = entries;
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
		this.analysis = analysis;
		this.snippets = new Snippets(analysis.index());
		this.corrections = new Corrections(reader, analysis);
	}

	static SearchIndex build(List<SearchEntry> entries, SearchAnalysis analysis) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.index()))) {
			for (int i = 0; i < entries.size(); i++) {
				writer.addDocument(document(i, entries.get(i), analysis));
			}
			writer.commit();
			return new SearchIndex(List.copyOf(entries), DirectoryReader.open(directory), analysis);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		return this.entries.size();
	}

	SearchResults search(SearchQuery typed) {
		if (typed.isEmpty()) {
			return SearchResults.none(typed);
		}
		String suggestion = this.corrections.suggest(typed.text()).orElse(null);
		Query query = query(typed.text());
		if (query == null) {
			return new SearchResults(typed.text(), typed.cut(), List.of(), suggestion);
		}
		try {
			List<Ranked> ranked = new ArrayList<>();
			for (ScoreDoc found : this.searcher.search(query, MOST_HITS).scoreDocs) {
				int position = this.searcher.storedFields()
					.document(found.doc)
					.getField(ENTRY)
					.numericValue()
					.intValue();
				SearchEntry entry = this.entries.get(position);
				ranked.add(new Ranked(entry, found.score * entry.kind().weight()));
			}
			ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
			List<SearchHit> hits = ranked.stream().map((one) -> hit(one.entry(), query)).toList();
			return new SearchResults(typed.text(), typed.cut(), hits, suggestion);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The words as a query on every field, each weighed; {@code null} when no word is
	 * left to search for (only stop words or punctuation). Nothing typed is read as query
	 * syntax.
	 */
	private Query query(String text) {
		QueryBuilder builder = new QueryBuilder(this.analysis.query());
		List<Query> perField = new ArrayList<>();
		for (String field : FIELDS) {
			Query query = builder.createBooleanQuery(field, text);
			if (query != null) {
				perField.add(new BoostQuery(query, WEIGHTS.get(field)));
			}
		}
		if (perField.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(new DisjunctionMaxQuery(perField, TIE_BREAKER),
				BooleanClause.Occur.SHOULD);
		Query wholeName = WholeNames.query(this.analysis.query(), text);
		if (wholeName != null) {
			query.add(wholeName, BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	private SearchHit hit(SearchEntry entry, Query query) {
		List<Segment> otherTitles = entry.otherTitles().isEmpty() ? List.of()
				: this.snippets.all(OTHER_TITLES, query, String.join(", ", entry.otherTitles()));
		return new SearchHit(entry.kind().messageKey(), entry.title(), entry.url(), otherTitles, snippet(entry, query),
				entry.links());
	}

	/**
	 * The first sentence that matches, from the summary down; else the summary's opening.
	 */
	private List<Segment> snippet(SearchEntry entry, Query query) {
		List<Segment> best = Stream
			.of(this.snippets.bestSentence(SUMMARY, query, entry.summary()),
					this.snippets.bestSentence(DUTIES, query, String.join("\n", entry.duties())),
					this.snippets.bestSentence(SKILLS, query, String.join("\n", entry.skills())),
					this.snippets.bestSentence(MORE, query, String.join("\n", entry.more())))
			.filter(Snippets::anyMarked)
			.findFirst()
			.orElse(null);
		if (best != null) {
			return best;
		}
		return (entry.summary() == null) ? List.of() : List.of(new Segment(Sentences.first(entry.summary()), false));
	}

	private static Document document(int position, SearchEntry entry, SearchAnalysis analysis) {
		Document document = new Document();
		document.add(new StoredField(ENTRY, position));
		Stream.concat(Stream.of(entry.title()), entry.otherTitles().stream())
			.filter((title) -> entry.kind().namesAJob())
			.map((title) -> WholeNames.indexed(analysis.index(), title))
			.filter((name) -> !name.isEmpty())
			.forEach((name) -> document.add(new StringField(WholeNames.FIELD, name, Field.Store.NO)));
		add(document, TITLE, entry.title());
		entry.otherTitles().forEach((title) -> add(document, OTHER_TITLES, title));
		add(document, SUMMARY, entry.summary());
		entry.duties().forEach((duty) -> add(document, DUTIES, duty));
		entry.skills().forEach((skill) -> add(document, SKILLS, skill));
		entry.more().forEach((more) -> add(document, MORE, more));
		Stream
			.of(Stream.of(entry.title(), entry.summary()), entry.otherTitles().stream(), entry.duties().stream(),
					entry.skills().stream(), entry.more().stream())
			.flatMap((texts) -> texts)
			.forEach((text) -> add(document, SearchAnalysis.SPELLING, text));
		return document;
	}

	private static void add(Document document, String field, String text) {
		if (text != null && !text.isBlank()) {
			document.add(new TextField(field, text, Field.Store.NO));
		}
	}

	/**
	 * A found entry and its score once its kind is weighed in.
	 */
	private record Ranked(SearchEntry entry, double score) {
	}

}
