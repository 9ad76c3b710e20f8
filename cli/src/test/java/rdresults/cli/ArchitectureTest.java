package rdresults.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules the build relies on, checked on the compiled classes of every module the CLI embeds (the library
 * modules and the CLI itself; the service's own rules are the same and its classes are not on this classpath).
 */
class ArchitectureTest {

    /** The root package of each plain library module. */
    private static final List<String> LIBRARIES = List.of("rdresults.model", "rdresults.registry",
            "rdresults.testkit", "rdresults.export", "rdresults.factorlib", "rdresults.sync");

    private static JavaClasses imported;

    @BeforeAll
    static void importClasses() {
        // under `verify` other modules' tests arrive as their -tests.jar, which DO_NOT_INCLUDE_TESTS (a test-classes
        // folder rule) does not recognise
        imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("rdresults");
    }

    @Test
    void librariesUseNoQuarkusCdiOrInjection() {
        noClasses().that().resideInAnyPackage(LIBRARIES.stream().map(p -> p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.inject..",
                        "jakarta.enterprise..", "org.eclipse.microprofile..")
                .because("only api and cli are Quarkus applications; the libraries are embeddable plain Java")
                .check(imported);
    }

    @Test
    void siblingPackagesOfAModuleHaveNoCycles() {
        List<String> failures = new ArrayList<>();
        for (String root : List.of("rdresults.model", "rdresults.registry", "rdresults.testkit", "rdresults.export",
                "rdresults.factorlib", "rdresults.sync", "rdresults.cli")) {
            EvaluationResult result = slices().matching(root + ".(*)..").should().beFreeOfCycles()
                    .ignoreDependency(knownCycleEdge(), DescribedPredicate.alwaysTrue())
                    .allowEmptyShould(true).evaluate(imported);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The dependencies that close the cycles found when this rule came in, each to be removed by a move that would
     * have collided with other work in progress: the workspace pass orders loop rows with the strategy catalog's
     * order (it belongs in {@code export.workspace}); the factor package's module writer reads the manifest and is
     * used by the store (it belongs in {@code factorlib.store}), and the identifier check hashes with the store's
     * helper (which belongs below both). The Alpha158 module writer translates with {@code factorlib.alpha158} and the
     * manifest's Alpha158 function checks its name with {@code python}'s identifiers: both go with the same move.
     * Nothing else may be added here.
     */
    private static DescribedPredicate<JavaClass> knownCycleEdge() {
        List<String> origins = List.of("rdresults.export.internal.pass.VisitPlan",
                "rdresults.factorlib.internal.store.GeneratedModuleWriter", "rdresults.factorlib.internal.python.PythonIdentifiers",
                "rdresults.factorlib.internal.alpha158.Alpha158ModuleWriter", "rdresults.factorlib.manifest.Alpha158Function");
        return DescribedPredicate.describe("a known cycle edge", c -> origins.contains(c.getName()));
    }

    @Test
    void noModuleImportsAnotherModulesInternals() {
        classes().that().resideInAPackage("rdresults..").should(notDependOnAnotherModulesInternals())
                .check(imported);
    }

    private static ArchCondition<JavaClass> notDependOnAnotherModulesInternals() {
        return new ArchCondition<>("not depend on an internal package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    boolean internal = target.startsWith("rdresults.") && (target.contains(".internal.")
                            || target.endsWith(".internal"));
                    if (internal && !module(target).equals(module(origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                    }
                }
            }
        };
    }

    /** {@code rdresults.sync.internal.db} → {@code rdresults.sync}. */
    private static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length < 2 ? packageName : parts[0] + "." + parts[1];
    }
}
