package uk.probationcareers.passkeys;

import org.junit.jupiter.api.Test;
import uk.probationcareers.system.SiteAddress;

import static org.assertj.core.api.Assertions.assertThat;

class PasskeyPagesTest {

	@Test
	void passkeysWorkOverHttpsAndOverPlainHttpFromLocalhostOnly() {
		assertThat(PasskeyPages.possible(new SiteAddress("https://careers.example.org"))).isTrue();
		assertThat(PasskeyPages.possible(new SiteAddress("http://localhost:8080"))).isTrue();
		assertThat(PasskeyPages.possible(new SiteAddress("http://admin.localhost:8080"))).isTrue();
		assertThat(PasskeyPages.possible(new SiteAddress("http://careers.example.org"))).isFalse();
		assertThat(PasskeyPages.possible(new SiteAddress("http://127.0.0.1:8080"))).as("an address is no host name")
			.isFalse();
	}

	@Test
	void theRelyingPartyIsTheHostAndTheOriginLeavesOutTheDefaultPort() {
		SiteAddress site = new SiteAddress("https://careers.example.org:443/guide/");
		assertThat(site.host()).isEqualTo("careers.example.org");
		assertThat(site.origin()).isEqualTo("https://careers.example.org");
		assertThat(new SiteAddress("http://localhost:8080").origin()).isEqualTo("http://localhost:8080");
	}

}
