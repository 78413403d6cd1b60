package uk.probationcareers.users;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;
import uk.probationcareers.support.AdminSiteTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(properties = { "admin.bootstrap.username=Chief.Editor",
		"admin.bootstrap.password=Bootstrap-Orchard-Lantern-7" })
class BootstrapAdminTest extends AdminSiteTest {

	@Autowired
	AdminUserRepository repository;

	@Autowired
	PasswordRules rules;

	@Test
	@Order(1)
	void onAFirstStartTheAdminComesFromTheEnvironmentProperties() {
		AdminUser chief = this.repository.findByUsername("chief.editor").orElseThrow();
		assertThat(chief.getRole()).isEqualTo(UserRole.ADMIN);
		assertThat(this.users.passwordMatches("chief.editor", "Bootstrap-Orchard-Lantern-7")).isTrue();
		assertThat(chief.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Bootstrap-Orchard-Lantern-7");
		assertThat(this.pages.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void withoutThemAOneTimePasswordIsGeneratedAndLoggedOnceWithTheUsername(CapturedOutput output) {
		this.repository.deleteAll();
		new BootstrapAdmin(this.users, this.rules, "", "").createFirstAdminIfNone();

		String line = output.getOut().lines().filter((l) -> l.contains("one-time password")).findFirst().orElseThrow();
		assertThat(line).contains("WARN", "Username: 'admin'");
		String password = line.replaceAll(".*one-time password: '([^']+)'.*", "$1");
		assertThat(password).hasSize(24);
		assertThat(this.users.passwordMatches("admin", password)).isTrue();
		assertThat(this.users.list()).singleElement()
			.satisfies((user) -> assertThat(user.role()).isEqualTo(UserRole.ADMIN));

		new BootstrapAdmin(this.users, this.rules, "", "").createFirstAdminIfNone();
		assertThat(output.getOut().lines().filter((l) -> l.contains("one-time password"))).hasSize(1);
		assertThat(this.users.count()).isEqualTo(1);
	}

	@Test
	void instancesStartingTogetherOnAnEmptyDatabaseAllStartAndCreateOneAdminBetweenThem() throws Exception {
		this.repository.deleteAll();
		int instances = 6;
		CyclicBarrier together = new CyclicBarrier(instances);
		ExecutorService starts = Executors.newFixedThreadPool(instances);
		try {
			List<Future<?>> started = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				started.add(starts.submit(() -> {
					together.await();
					new BootstrapAdmin(this.users, this.rules, "", "").createFirstAdminIfNone();
					return null;
				}));
			}
			for (Future<?> start : started) {
				start.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			starts.shutdownNow();
		}
		assertThat(this.users.list()).singleElement().satisfies((user) -> {
			assertThat(user.username()).isEqualTo("admin");
			assertThat(user.role()).isEqualTo(UserRole.ADMIN);
		});
	}

	@Test
	void aWeakAdminPasswordStopsTheStartWithoutShowingIt() {
		this.repository.deleteAll();
		assertThatIllegalStateException().isThrownBy(
				() -> new BootstrapAdmin(this.users, this.rules, "admin", "passwordpassword").createFirstAdminIfNone())
			.withMessageContaining("ADMIN_PASSWORD is refused")
			.withMessageNotContaining("passwordpassword");
	}

}
