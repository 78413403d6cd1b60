package uk.probationcareers;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * One feature, one folder, and arrows only downward: {@code api} (which may read
 * {@code pathway} too), {@code search}, {@code pathway}, {@code compare} → {@code role} →
 * {@code routes} → {@code pay} → {@code catalogue} → {@code admin} (the shared editing
 * kernel) → {@code system} and {@code model}; {@code users} and {@code security} stand
 * beside the features.
 */
class PackageLayoutTest {

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("uk.probationcareers");
	}

	@Test
	void noPackageDependsOnAnotherThatDependsBackOnIt() {
		slices().matching("uk.probationcareers.(**)").should().beFreeOfCycles().check(classes);
	}

	@Test
	void featuresOnlyDependOnFeaturesBelowThem() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("api")
			.definedBy("uk.probationcareers.api..")
			.layer("pathway")
			.definedBy("uk.probationcareers.pathway..")
			.layer("compare")
			.definedBy("uk.probationcareers.compare..")
			.layer("search")
			.definedBy("uk.probationcareers.search..")
			.layer("role")
			.definedBy("uk.probationcareers.role..")
			.layer("routes")
			.definedBy("uk.probationcareers.routes..")
			.layer("pay")
			.definedBy("uk.probationcareers.pay..")
			.layer("catalogue")
			.definedBy("uk.probationcareers.catalogue..")
			.layer("users")
			.definedBy("uk.probationcareers.users..")
			.layer("security")
			.definedBy("uk.probationcareers.security..")
			.layer("admin kernel")
			.definedBy("uk.probationcareers.admin..")
			.layer("system")
			.definedBy("uk.probationcareers.system..")
			.layer("model")
			.definedBy("uk.probationcareers.model..")
			.whereLayer("api")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("pathway")
			.mayOnlyBeAccessedByLayers("api")
			.whereLayer("compare")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("search")
			.mayNotBeAccessedByAnyLayer()
			.whereLayer("role")
			.mayOnlyBeAccessedByLayers("api", "search", "pathway", "compare")
			.whereLayer("routes")
			.mayOnlyBeAccessedByLayers("api", "search", "role", "pathway", "compare")
			.whereLayer("pay")
			.mayOnlyBeAccessedByLayers("api", "search", "routes", "role", "pathway", "compare")
			.whereLayer("catalogue")
			.mayOnlyBeAccessedByLayers("api", "search", "pay", "routes", "role", "pathway", "compare")
			.whereLayer("admin kernel")
			.mayOnlyBeAccessedByLayers("catalogue", "pay", "routes", "role", "users")
			.whereLayer("system")
			.mayNotAccessAnyLayer()
			.whereLayer("model")
			.mayNotAccessAnyLayer()
			.check(classes);
	}

}
