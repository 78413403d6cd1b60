package uk.probationcareers.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.WebContentInterceptor;

/**
 * Public pages may be kept by any browser, proxy or CDN for a minute, then revalidated
 * with their ETag; the site itself sends a changed page on the very next request after a
 * catalogue change. Published pages are rendered once and served from
 * {@link PublishedPageCache}.
 */
@Configuration
class HttpCaching implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		WebContentInterceptor publicPages = new WebContentInterceptor();
		publicPages.addCacheMapping(CacheControl.maxAge(PublishedPageFilter.MAX_AGE).cachePublic(), "/**");
		registry.addInterceptor(publicPages).excludePathPatterns("/admin", "/admin/**", "/assets/**");
	}

}
