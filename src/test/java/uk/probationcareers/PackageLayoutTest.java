package uk.probationcareers;

import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * One feature, one folder, and arrows only downward: {@code api} (which may read
 * {@code pathway} and {@code search} too), {@code search}, {@code pathway},
 * {@code compare}, {@code feedback} → {@code role} → {@code routes} → {@code pay} →
 * {@code catalogue} → {@code admin} (the shared editing kernel) → {@code system} and
 * {@code model}; {@code security} → {@code passkeys} → {@code users} stand beside the
 * features. A feature never depends on its own admin, editorial or finder folder.
 */
class PackageLayoutTest {

	private static final String ROOT = "uk.probationcareers.";

	/** Each package and the packages it must never depend on. */
	private static final Map<String, List<String>> NEVER = Map.ofEntries(Map.entry("api", List.of("feedback")),
			Map.entry("feedback", List.of("api", "search", "pathway", "compare")),
			Map.entry("pathway", List.of("api", "search", "compare", "feedback")),
			Map.entry("compare", List.of("api", "search", "pathway", "feedback")),
			Map.entry("search", List.of("api", "pathway", "compare", "feedback")),
			Map.entry("role", List.of("api", "search", "pathway", "compare", "feedback")),
			Map.entry("routes", List.of("api", "search", "pathway", "compare", "feedback", "role")),
			Map.entry("pay", List.of("api", "search", "pathway", "compare", "feedback", "role", "routes")),
			Map.entry("catalogue", List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay")),
			Map.entry("passkeys",
					List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay", "catalogue",
							"security")),
			Map.entry("users",
					List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay", "catalogue",
							"passkeys")),
			Map.entry("security",
					List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay", "catalogue")),
			Map.entry("admin",
					List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay", "catalogue",
							"users", "passkeys", "security")),
			Map.entry("system",
					List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay", "catalogue",
							"users", "passkeys", "security", "admin")),
			Map.entry("model", List.of("api", "search", "pathway", "compare", "feedback", "role", "routes", "pay",
					"catalogue", "users", "passkeys", "security", "admin", "system")));

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("uk.probationcareers");
	}

	@Test
	void featuresOnlyDependOnFeaturesBelowThem() {
		NEVER.forEach((from, above) -> noClasses().that()
			.resideInAPackage(ROOT + from + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(above.stream().map((to) -> ROOT + to + "..").toArray(String[]::new))
			.check(classes));
	}

	@Test
	void noFeatureDependsOnItsOwnSubfolders() {
		Map.of("role", List.of("role.editorial"), "routes", List.of("routes.admin", "routes.finder"), "pay",
				List.of("pay.admin"), "catalogue", List.of("catalogue.admin"))
			.forEach((feature, subfolders) -> noClasses().that()
				.resideInAPackage(ROOT + feature)
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(subfolders.stream().map((to) -> ROOT + to + "..").toArray(String[]::new))
				.check(classes));
	}

}
