package uk.probationcareers.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.core.io.ClassPathResource;

/**
 * How text becomes searchable words. Pages and queries alike lose case, accents,
 * possessives, plurals ("officers" finds "officer") and stop words; queries also gain the
 * other names of {@code search/synonyms.txt} ("offender manager" finds "probation
 * officer"). The spelling field keeps whole words, for suggesting corrections.
 */
final class SearchAnalysis {

	static final String SPELLING = "spelling";

	static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

	private final Analyzer index;

	private final Analyzer query;

	private final Set<String> otherNames;

	private SearchAnalysis(SynonymMap synonyms, Set<String> otherNames) {
		Analyzer words = new Words(true, null);
		this.index = new PerFieldAnalyzerWrapper(words, Map.of(SPELLING, new Spelling()));
		this.query = new Words(true, synonyms);
		this.otherNames = otherNames;
	}

	static SearchAnalysis fromClasspath() {
		ClassPathResource rules = new ClassPathResource("search/synonyms.txt");
		try (Reader reader = new InputStreamReader(rules.getInputStream(), StandardCharsets.UTF_8);
				Analyzer ruleWords = new Words(false, null)) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleWords);
			parser.parse(reader);
			String text = new String(rules.getContentAsByteArray(), StandardCharsets.UTF_8);
			return new SearchAnalysis(parser.build(), otherNames(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("search/synonyms.txt has a rule that cannot be read", ex);
		}
	}

	/**
	 * The words on the left of every rule: known names, never "corrected" as
	 * misspellings.
	 */
	private static Set<String> otherNames(String rules) {
		return rules.lines()
			.filter((line) -> line.contains("=>") && !line.startsWith("#"))
			.flatMap((line) -> Arrays.stream(line.substring(0, line.indexOf("=>")).split("[,\\s]+")))
			.map((word) -> word.strip().toLowerCase(Locale.ROOT))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

	Analyzer index() {
		return this.index;
	}

	Analyzer query() {
		return this.query;
	}

	boolean isOtherName(String word) {
		return this.otherNames.contains(word);
	}

	/**
	 * Standard words, lower case, without accents, possessives or plurals; without stop
	 * words when {@code dropStopWords}; with the other names when {@code synonyms} is
	 * set.
	 */
	private static final class Words extends Analyzer {

		private final boolean dropStopWords;

		private final SynonymMap synonyms;

		Words(boolean dropStopWords, SynonymMap synonyms) {
			this.dropStopWords = dropStopWords;
			this.synonyms = synonyms;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream words = new EnglishPossessiveFilter(source);
			words = new ASCIIFoldingFilter(new LowerCaseFilter(words));
			if (this.dropStopWords) {
				words = new StopFilter(words, STOP_WORDS);
			}
			words = new EnglishMinimalStemFilter(words);
			if (this.synonyms != null) {
				words = new SynonymGraphFilter(words, this.synonyms, true);
			}
			return new TokenStreamComponents(source, words);
		}

	}

	/**
	 * Whole words in lower case without accents: what a correction can be.
	 */
	static final class Spelling extends Analyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
		}

	}

}
