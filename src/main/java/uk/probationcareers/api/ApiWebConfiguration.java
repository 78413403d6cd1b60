package uk.probationcareers.api;

import java.util.Locale;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How the API is served: any site may read it from a browser (CORS open for GET), every
 * answer carries an ETag so a client holding it gets 304, and its OpenAPI description.
 * {@code Cache-Control: max-age=60, public} comes from the site's public-page rule.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		registry.addMapping(Links.BASE + "/**")
			.allowedOrigins("*")
			.allowedMethods("GET", "HEAD")
			.allowedHeaders("*")
			.exposedHeaders(HttpHeaders.ETAG)
			.allowCredentials(false)
			.maxAge(3600);
	}

	/**
	 * A weak ETag from the bytes of each answer: the same data gives the same tag,
	 * gzipped or not.
	 */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
		etags.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
		registration.addUrlPatterns(Links.BASE + "/*");
		return registration;
	}

	/**
	 * The licence the catalogue's own words and figures are published under (see
	 * {@code api.licence.*}).
	 */
	@Bean
	Licence openDataLicence(@Value("${api.licence.name}") String name, @Value("${api.licence.url}") String url) {
		return new Licence(name, url);
	}

	@Bean
	OpenAPI openDataDescription(MessageSource messages, Licence licence) {
		return new OpenAPI().info(new Info().title(messages.getMessage("api.openapi.title", null, Locale.UK))
			.description(messages.getMessage("api.openapi.description", null, Locale.UK))
			.version("1")
			.license(new License().name(licence.name()).url(licence.url())));
	}

}
