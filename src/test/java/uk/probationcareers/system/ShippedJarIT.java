package uk.probationcareers.system;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.probationcareers.support.HttpPages;
import uk.probationcareers.support.RunningJar;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar run as shipped, its beans processed ahead of time and with no settings but the
 * first admin's: settings that decide which beans exist are read when it starts, so the
 * second factor it requires by default is really required.
 */
class ShippedJarIT {

	private static final Duration READY_WITHIN = Duration.ofSeconds(120);

	private static final String ADMIN = "shipped-admin";

	private static final String PASSWORD = "Lantern-Orchard-Probation-42";

	@Test
	void theShippedJarServesThePublicSiteAndAPasswordAloneReachesOnlyThePasskeyStep(@TempDir Path folder) {
		int port = RunningJar.freePort();
		try (RunningJar site = RunningJar.start(folder, port,
				Map.of("ADMIN_USERNAME", ADMIN, "ADMIN_PASSWORD", PASSWORD), List.of(), READY_WITHIN)) {
			HttpPages visitor = new HttpPages(port);
			assertThat(visitor.get("/roles/probation-officer").statusCode()).isEqualTo(200);

			HttpPages admin = HttpPages.withCookies(port);
			assertThat(admin.signIn(ADMIN, PASSWORD).statusCode()).as(site.logTail()).isEqualTo(302);
			for (String page : List.of("/admin", "/admin/roles", "/admin/users")) {
				HttpResponse<String> response = admin.get(page);
				assertThat(response.statusCode()).as(page).isEqualTo(302);
				assertThat(response.headers().firstValue("Location")).as(page)
					.hasValueSatisfying((to) -> assertThat(URI.create(to).getPath()).isEqualTo("/admin/second-factor"));
			}
		}
	}

}
