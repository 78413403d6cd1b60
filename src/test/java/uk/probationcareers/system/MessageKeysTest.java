package uk.probationcareers.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import uk.probationcareers.pay.AwardStatus;
import uk.probationcareers.pay.FigureBasis;
import uk.probationcareers.pay.PayFigure;
import uk.probationcareers.pay.PayAwardEventKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message key a template names literally must exist; keys built at run time (such
 * as {@code 'roles.group.' + ${group}}) are checked by rendering every page in
 * {@link PublicPagesTest}, where a missing key shows as {@code ??key??}.
 */
class MessageKeysTest {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.\\-]*)\\s*[}(]");

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties messages = messages();
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!messages.containsKey(matcher.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyPayStatusFigureBasisAndAwardEventHasItsWords() throws IOException {
		Properties messages = messages();
		List<String> keys = new ArrayList<>();
		for (AwardStatus status : AwardStatus.values()) {
			keys.add("pay.status." + status);
			keys.add("pay.status." + status + ".explained");
		}
		Stream.of(PayFigure.values()).map((figure) -> "pay.figure." + figure).forEach(keys::add);
		Stream.of(FigureBasis.values()).map((basis) -> "pay.basis." + basis).forEach(keys::add);
		Stream.of(PayAwardEventKind.values()).map((kind) -> "payPage.event." + kind).forEach(keys::add);
		assertThat(keys).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	@Test
	void everyPayRuleBreachHasItsWords() throws IOException {
		Properties messages = messages();
		String rules = Files.readString(Path.of("src/main/java/uk/probationcareers/pay/PayBandRules.java"));
		Matcher matcher = Pattern.compile("\"(pay\\.rule\\.[A-Za-z]+)\"").matcher(rules);
		List<String> keys = new ArrayList<>();
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		assertThat(keys).hasSizeGreaterThanOrEqualTo(7).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	@Test
	void theKeyFinderSeesKeysWithAndWithoutArguments() {
		Matcher matcher = LITERAL_KEY.matcher("#{pay.between(${a}, ${b})} #{site.name} #{'nav.' + ${item}}");
		TreeSet<String> found = new TreeSet<>();
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		assertThat(found).containsExactly("pay.between", "site.name");
	}

	/**
	 * Every bundle the site reads ({@code spring.messages.basename}), merged.
	 */
	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/messages"))) {
			for (Path bundle : bundles.filter((file) -> file.toString().endsWith(".properties")).toList()) {
				try (InputStream in = Files.newInputStream(bundle)) {
					messages.load(in);
				}
			}
		}
		return messages;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

}
