package uk.probationcareers.search;

import java.util.List;

import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

	private final SearchAnalysis analysis = SearchAnalysis.fromClasspath();

	private final Snippets snippets = new Snippets(this.analysis.index());

	@Test
	void theBestSentenceIsCutOutWithPluralsAndOtherNamesMarkedAndAdjacentWordsJoined() {
		List<Segment> snippet = this.snippets.bestSentence(SearchIndex.SUMMARY, query("offender managers"),
				"Staff work in teams. Probation officers manage people on probation. They write reports.");
		assertThat(snippet).containsExactly(new Segment("Probation officers", true),
				new Segment(" manage people on ", false), new Segment("probation", true), new Segment(". ", false));
	}

	@Test
	void markupInTheTextStaysPlainTextInASegment() {
		List<Segment> snippet = this.snippets.bestSentence(SearchIndex.SUMMARY, query("officer"),
				"<script>alert(1)</script> officer & <b>friends</b>");
		assertThat(snippet).extracting(Segment::text)
			.containsExactly("<script>alert(1)</script> ", "officer", " & <b>friends</b>");
	}

	@Test
	void noMatchGivesNoSentence() {
		assertThat(this.snippets.bestSentence(SearchIndex.SUMMARY, query("quokka"), "Nothing here.")).isEmpty();
	}

	@Test
	void aQueryIsTidiedAndCutTo200CharactersWithoutSplittingACharacter() {
		assertThat(SearchQuery.of(" probation\t\n officer\u0000 "))
			.isEqualTo(new SearchQuery("probation officer", false));
		SearchQuery cut = SearchQuery.of("a".repeat(199) + "😀😀");
		assertThat(cut.cut()).isTrue();
		assertThat(cut.text()).isEqualTo("a".repeat(199) + "😀");
		assertThat(SearchQuery.of(null).isEmpty()).isTrue();
	}

	private Query query(String text) {
		return new QueryBuilder(this.analysis.query()).createBooleanQuery(SearchIndex.SUMMARY, text);
	}

}
