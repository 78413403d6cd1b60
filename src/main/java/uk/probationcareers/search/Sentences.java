package uk.probationcareers.search;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The opening sentence of a text, to show when the match was only in a title.
 */
final class Sentences {

	private Sentences() {
	}

	static String first(String text) {
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
		sentences.setText(text);
		int end = sentences.next();
		return (end == BreakIterator.DONE) ? text : text.substring(0, end).strip();
	}

}
