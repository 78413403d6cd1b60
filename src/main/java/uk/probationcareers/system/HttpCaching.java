package uk.probationcareers.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Public pages may be stored by any browser, proxy or CDN, but must be revalidated on
 * each use: the ETag answers "not modified" cheaply, and a published edit shows at once.
 */
@Configuration
class HttpCaching implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor publicPages = new WebContentInterceptor();
		publicPages.addCacheMapping(CacheControl.noCache().cachePublic(), "/**");
		registry.addInterceptor(publicPages).excludePathPatterns("/admin/**");
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		// Weak, because the same page is also sent gzip-compressed: the bytes differ, the
		// page does not.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/", "/roles", "/roles/*", "/compare", "/compare.csv", "/pay", "/accessibility",
				"/cookies", "/privacy");
		return registration;
	}

}
