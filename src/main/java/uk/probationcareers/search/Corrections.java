package uk.probationcareers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": each word the catalogue does not use, in any form, is replaced by the
 * closest word it does use, if one is close enough. Other names (PSO, hostel) and stop
 * words are never corrected.
 */
final class Corrections {

	private final IndexReader reader;

	private final SearchAnalysis analysis;

	private final DirectSpellChecker checker = new DirectSpellChecker();

	private final Analyzer spelling = new SearchAnalysis.Spelling();

	Corrections(IndexReader reader, SearchAnalysis analysis) {
		this.reader = reader;
		this.analysis = analysis;
	}

	/**
	 * The query with its misspelt words corrected, in lower case; empty when every word
	 * is known or none has a close match.
	 */
	Optional<String> suggest(String text) {
		try {
			List<String> words = words(text);
			boolean corrected = false;
			for (int i = 0; i < words.size(); i++) {
				String word = words.get(i);
				if (known(word)) {
					continue;
				}
				SuggestWord[] closest = this.checker.suggestSimilar(new Term(SearchAnalysis.SPELLING, word), 1,
						this.reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
				if (closest.length > 0) {
					words.set(i, closest[0].string);
					corrected = true;
				}
			}
			return corrected ? Optional.of(String.join(" ", words)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean known(String word) throws IOException {
		if (word.chars().anyMatch(Character::isDigit) || SearchAnalysis.STOP_WORDS.contains(word)
				|| this.analysis.isOtherName(word)
				|| this.reader.docFreq(new Term(SearchAnalysis.SPELLING, word)) > 0) {
			return true;
		}
		for (String field : SearchIndex.FIELDS) {
			for (String stem : terms(this.analysis.index(), field, word)) {
				if (this.reader.docFreq(new Term(field, stem)) > 0) {
					return true;
				}
			}
		}
		return false;
	}

	private List<String> words(String text) {
		return terms(this.spelling, SearchAnalysis.SPELLING, text);
	}

	private static List<String> terms(Analyzer analyzer, String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

}
