package uk.probationcareers.compare;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The site's own messages, read without starting Spring.
 */
final class RealWording {

	private RealWording() {
	}

	static Wording messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages/messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return Wording.of(source);
	}

}
