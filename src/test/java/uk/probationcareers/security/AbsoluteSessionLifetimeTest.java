package uk.probationcareers.security;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import uk.probationcareers.support.AdminSiteTest;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.users.UserRole;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteSessionLifetimeTest extends AdminSiteTest {

	@Test
	void aSessionInUseEndsTwelveHoursAfterSignInHoweverBusy() {
		HttpPages browser = signedIn(UserRole.EDITOR);
		assertThat(browser.get("/admin").statusCode()).isEqualTo(200);
		for (int hour = 0; hour < 11; hour++) {
			this.clock.moveForward(Duration.ofHours(1));
			assertThat(browser.get("/admin").statusCode()).as("after %d hours", hour + 1).isEqualTo(200);
		}
		this.clock.moveForward(Duration.ofMinutes(59));
		assertThat(browser.get("/admin").statusCode()).as("a minute before 12 hours").isEqualTo(200);

		this.clock.moveForward(Duration.ofMinutes(1));
		HttpResponse<String> ended = browser.get("/admin");
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/admin/sign-in?expired");
		assertThat(browser.get("/admin/sign-in?expired").body()).contains("more than 12 hours ago");
		assertThat(browser.get("/admin").statusCode()).as("the session is gone").isEqualTo(302);
	}

}
