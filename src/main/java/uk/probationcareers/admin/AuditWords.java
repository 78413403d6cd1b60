package uk.probationcareers.admin;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a recorded value in words: a field that holds fixed choices (a pay band's award
 * status, a route's type, nations, the kind of a list row) is recorded by the choice's
 * name, such as {@code EARLIER_YEAR_RATES}, and shown as the words the form offers for
 * it. Templates call it as {@code @auditWords}.
 */
@Component("auditWords")
public class AuditWords {

	/**
	 * The message prefix of each field that holds choices, by the field's recorded name.
	 */
	private static final Map<String, String> CHOICES = Map.ofEntries(
			Map.entry("awardStatus", "admin.pay-bands.status."), Map.entry("figureBasis", "admin.pay-bands.basis."),
			Map.entry("kind", "payPage.event."), Map.entry("routeType", "routes.type."),
			Map.entry("staffRule", "admin.entry-routes.staffRule."), Map.entry("nations", "nation."),
			Map.entry("rows", "editorial.kind."), Map.entry("role", "users.role."),
			Map.entry("state", "editorial.state."), Map.entry("step", "editorial.step."));

	private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

	private final MessageSource messages;

	AuditWords(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The value with each choice name in it replaced by its words; other values as they
	 * are, and {@code null} for none.
	 */
	public String value(String field, String value) {
		String prefix = CHOICES.get(field);
		if (value == null || prefix == null) {
			return value;
		}
		Matcher matcher = NAME.matcher(value);
		StringBuilder words = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group();
			matcher.appendReplacement(words, Matcher.quoteReplacement(
					this.messages.getMessage(prefix + name, null, name, LocaleContextHolder.getLocale())));
		}
		matcher.appendTail(words);
		return words.toString().replaceAll(",(?=\\S)", ", ");
	}

}
