package uk.probationcareers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * A query that is the whole of a title or other title ("probation officer", "offender
 * manager", or "PQiP" read as "trainee probation officer") puts that entry first: titles
 * are indexed whole, in their analysed form, and each reading of the query is looked up.
 */
final class WholeNames {

	static final String FIELD = "name";

	/** Enough for every reading of a short query; a long one is never a whole name. */
	private static final int MOST_READINGS = 16;

	private static final int MOST_WORDS = 8;

	private static final float WEIGHT = 100f;

	private WholeNames() {
	}

	/**
	 * A title as it is indexed whole: its analysed words, one space apart.
	 */
	static String indexed(Analyzer index, String title) {
		try (TokenStream stream = index.tokenStream(SearchIndex.TITLE, title)) {
			return String.join(" ", words(stream));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A constant score for an entry named by any reading of the query; {@code null} when
	 * the query is too long to be a name.
	 */
	static Query query(Analyzer query, String text) {
		BooleanQuery.Builder readings = new BooleanQuery.Builder();
		int count = 0;
		try (TokenStream stream = query.tokenStream(SearchIndex.TITLE, text)) {
			// Reads the whole stream, from reset() to end().
			Iterator<TokenStream> paths = new GraphTokenStreamFiniteStrings(stream).getFiniteStrings();
			while (paths.hasNext() && count < MOST_READINGS) {
				List<String> words = words(paths.next());
				if (words.isEmpty() || words.size() > MOST_WORDS) {
					continue;
				}
				readings.add(new TermQuery(new Term(FIELD, String.join(" ", words))), BooleanClause.Occur.SHOULD);
				count++;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return (count == 0) ? null : new BoostQuery(new ConstantScoreQuery(readings.build()), WEIGHT);
	}

	private static List<String> words(TokenStream stream) throws IOException {
		List<String> words = new ArrayList<>();
		CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
		stream.reset();
		while (stream.incrementToken()) {
			words.add(term.toString());
		}
		stream.end();
		return words;
	}

}
