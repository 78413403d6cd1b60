package uk.probationcareers.compare;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Turns a message key and its arguments into the words a reader sees, so that the
 * comparison never holds text of its own.
 */
@FunctionalInterface
public interface Wording {

	String text(String key, Object... args);

	static Wording of(MessageSource messages) {
		return (key, args) -> messages.getMessage(key, args, Locale.UK);
	}

}
