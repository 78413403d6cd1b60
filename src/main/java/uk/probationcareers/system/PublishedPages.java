package uk.probationcareers.system;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Published pages are rendered once and then served from memory: the cache and the filter
 * that fills and serves it, on the public addresses only.
 */
@Configuration(proxyBeanMethods = false)
class PublishedPages {

	@Bean
	PublishedPageCache publishedPageCache(@Value("${site.page-cache.enabled:true}") boolean enabled,
			@Value("${site.page-cache.max-bytes:33554432}") long maxBytes,
			@Value("${site.page-cache.refresh-after:10s}") Duration refreshAfter) {
		return new PublishedPageCache(enabled, maxBytes, refreshAfter);
	}

	@Bean
	FilterRegistrationBean<PublishedPageFilter> publishedPageFilter(PublishedPageCache cache, Clock clock) {
		FilterRegistrationBean<PublishedPageFilter> registration = new FilterRegistrationBean<>(
				new PublishedPageFilter(cache, clock));
		// Ahead of the security filters (order -100): a kept page is sent without
		// running them again, with the headers they wrote when it was rendered.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		registration.addUrlPatterns("/", "/roles", "/roles/*", "/compare", "/pay", "/career-paths", "/routes",
				"/routes/*", "/route-finder", "/route-finder/results", "/changes", "/accessibility", "/cookies",
				"/privacy", "/api", "/search");
		return registration;
	}

}
