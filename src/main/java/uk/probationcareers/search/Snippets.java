package uk.probationcareers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Cuts the sentence that best matches a query out of a field's text, as plain and marked
 * {@link Segment}s; never as HTML.
 */
final class Snippets {

	private final UnifiedHighlighter sentences;

	private final UnifiedHighlighter whole;

	Snippets(Analyzer indexAnalyzer) {
		this.sentences = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
			.withFormatter(new SegmentFormatter())
			.withMaxNoHighlightPassages(0)
			.build();
		this.whole = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
			.withFormatter(new SegmentFormatter())
			.withBreakIterator(WholeBreakIterator::new)
			.build();
	}

	/**
	 * The best sentence of {@code text} with the query's words marked; empty when none of
	 * them is in it.
	 */
	List<Segment> bestSentence(String field, Query query, String text) {
		return highlight(this.sentences, field, query, text);
	}

	/**
	 * All of {@code text}, with the query's words marked wherever they are.
	 */
	List<Segment> all(String field, Query query, String text) {
		List<Segment> segments = highlight(this.whole, field, query, text);
		return segments.isEmpty() ? List.of(new Segment(text, false)) : segments;
	}

	static boolean anyMarked(List<Segment> segments) {
		return segments.stream().anyMatch(Segment::marked);
	}

	@SuppressWarnings("unchecked")
	private static List<Segment> highlight(UnifiedHighlighter highlighter, String field, Query query, String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		try {
			Object segments = highlighter.highlightWithoutSearcher(field, query, text, 1);
			return (segments != null) ? (List<Segment>) segments : List.of();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final class SegmentFormatter extends PassageFormatter {

		@Override
		public Object format(Passage[] passages, String content) {
			List<Segment> segments = new ArrayList<>();
			for (Passage passage : passages) {
				int at = passage.getStartOffset();
				for (int i = 0; i < passage.getNumMatches(); i++) {
					int start = Math.max(at, passage.getMatchStarts()[i]);
					int end = passage.getMatchEnds()[i];
					while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
						end = Math.max(end, passage.getMatchEnds()[++i]);
					}
					end = Math.min(end, passage.getEndOffset());
					if (end <= start) {
						continue;
					}
					add(segments, content.substring(at, start), false);
					add(segments, content.substring(start, end), true);
					at = end;
				}
				add(segments, content.substring(at, Math.max(at, passage.getEndOffset())), false);
			}
			return List.copyOf(segments);
		}

		/**
		 * Adds a segment; marked words with only a space between them become one mark
		 * ("probation assistant", not two).
		 */
		private static void add(List<Segment> segments, String text, boolean marked) {
			if (text.isEmpty()) {
				return;
			}
			int size = segments.size();
			if (marked && size >= 2 && segments.get(size - 2).marked() && segments.get(size - 1).text().isBlank()) {
				String joined = segments.get(size - 2).text() + " " + text;
				segments.subList(size - 2, size).clear();
				segments.add(new Segment(joined, true));
				return;
			}
			segments.add(new Segment(marked ? text : text.replaceAll("\\s+", " "), marked));
		}

	}

}
