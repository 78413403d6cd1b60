package uk.probationcareers.admin;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Binds the text of every {@link TrimmedInput} controller's forms trimmed, and blank text
 * as no value, so that an empty answer is stored as {@code null} without each form or
 * service doing it.
 */
@ControllerAdvice(annotations = TrimmedInput.class)
class AdminFormBinding {

	@InitBinder
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new TrimmedText());
	}

	/**
	 * Text holding control characters is bound as typed: trimming would silently drop
	 * those at either end (they count as spaces to {@link String#trim()}), when
	 * {@link NoControlCharacters} should refuse them with a message.
	 */
	private static final class TrimmedText extends StringTrimmerEditor {

		TrimmedText() {
			super(true);
		}

		@Override
		public void setAsText(String text) {
			if (NoControlCharactersValidator.allows(text)) {
				super.setAsText(text);
			}
			else {
				setValue(text);
			}
		}

	}

}
