package uk.probationcareers.system;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the built styles and scripts under their content-hash path with a year-long,
 * immutable cache lifetime, and gives every page that path as {@code assets}.
 */
@ControllerAdvice
class AssetPaths implements WebMvcConfigurer {

	private final Assets assets = new Assets();

	@ModelAttribute("assets")
	String assets() {
		return this.assets.path();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(this.assets.path() + "/**")
			.addResourceLocations(Assets.LOCATION)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
	}

}
