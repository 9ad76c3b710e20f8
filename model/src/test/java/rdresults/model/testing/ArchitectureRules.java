package rdresults.model.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The module rules the build relies on, checked on the compiled classes a module's tests see: {@code cli}'s tests
 * see the libraries and the CLI, {@code api}'s the libraries it embeds and the service, so together they cover every
 * module. The rules:
 * <ul>
 *   <li>the plain libraries use no Quarkus, CDI or injection;</li>
 *   <li>no module imports another module's {@code internal} packages;</li>
 *   <li>no cycles between the sibling packages of a module, nor between those of its {@code internal} package;</li>
 *   <li>the embedding facades ({@code Exports}, {@code Sync}, {@code RegistryReader}, {@code FactorPackage}) show no
 *       internal type in their public signatures.</li>
 * </ul>
 */
public final class ArchitectureRules {

    /** The root package of each plain library module. */
    public static final List<String> LIBRARIES = List.of("rdresults.model", "rdresults.registry",
            "rdresults.testkit", "rdresults.export", "rdresults.factorlib", "rdresults.sync");

    /** The root package of every module, libraries and Quarkus edges. */
    public static final List<String> MODULES = List.of("rdresults.model", "rdresults.registry", "rdresults.testkit",
            "rdresults.export", "rdresults.factorlib", "rdresults.sync", "rdresults.api", "rdresults.cli");

    /** The entry points an embedding tool starts from (README, "Embedding"). */
    public static final List<String> FACADES = List.of("rdresults.export.Exports", "rdresults.sync.Sync",
            "rdresults.registry.RegistryReader", "rdresults.factorlib.FactorPackage");

    private ArchitectureRules() {
    }

    /** The main classes of every {@code rdresults} module on the class path (other modules' tests excluded). */
    public static JavaClasses importMainClasses() {
        // under `verify` other modules' tests arrive as their -tests.jar, which DO_NOT_INCLUDE_TESTS (a test-classes
        // folder rule) does not recognise
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("rdresults");
    }

    public static void librariesUseNoQuarkusCdiOrInjection(JavaClasses classes) {
        noClasses().that().resideInAnyPackage(LIBRARIES.stream().map(p -> p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta.inject..",
                        "jakarta.enterprise..", "org.eclipse.microprofile..")
                .because("only api and cli are Quarkus applications; the libraries are embeddable plain Java")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** Sibling packages of a module ({@code rdresults.sync.(*)}) and of its internal package are free of cycles. */
    public static void siblingPackagesHaveNoCycles(JavaClasses classes) {
        List<String> failures = new ArrayList<>();
        for (String root : MODULES) {
            for (String pattern : List.of(root + ".(*)..", root + ".internal.(*)..")) {
                EvaluationResult result = slices().matching(pattern).should().beFreeOfCycles()
                        .allowEmptyShould(true).evaluate(classes);
                if (result.hasViolation()) {
                    failures.add(result.getFailureReport().toString());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    public static void noModuleImportsAnotherModulesInternals(JavaClasses classes) {
        classes().that().resideInAPackage("rdresults..").should(notDependOnAnotherModulesInternals())
                .check(classes);
    }

    /** Public constructors, methods and fields of the facades name no internal type, type arguments included. */
    public static void facadesExposeNoInternalTypes(JavaClasses classes) {
        members().that().areDeclaredInClassesThat().haveFullyQualifiedName(FACADES.get(0))
                .or().areDeclaredInClassesThat().haveFullyQualifiedName(FACADES.get(1))
                .or().areDeclaredInClassesThat().haveFullyQualifiedName(FACADES.get(2))
                .or().areDeclaredInClassesThat().haveFullyQualifiedName(FACADES.get(3))
                .should(notExposeInternalTypes())
                .allowEmptyShould(true)
                .check(classes);
    }

    private static ArchCondition<JavaMember> notExposeInternalTypes() {
        return new ArchCondition<>("not show an internal type in a public signature") {
            @Override
            public void check(JavaMember member, ConditionEvents events) {
                if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                    return;
                }
                Set<JavaClass> types = new LinkedHashSet<>();
                if (member instanceof JavaCodeUnit unit) {
                    types.addAll(unit.getReturnType().getAllInvolvedRawTypes());
                    unit.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
                } else if (member instanceof JavaField field) {
                    types.addAll(field.getType().getAllInvolvedRawTypes());
                }
                for (JavaClass type : types) {
                    if (isInternal(type.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(member,
                                member.getFullName() + " shows internal type " + type.getName()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notDependOnAnotherModulesInternals() {
        return new ArchCondition<>("not depend on an internal package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                    String target = d.getTargetClass().getPackageName();
                    if (isInternal(target) && !module(target).equals(module(origin.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(origin, d.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isInternal(String packageName) {
        return packageName.startsWith("rdresults.")
                && (packageName.contains(".internal.") || packageName.endsWith(".internal"));
    }

    /** {@code rdresults.sync.internal.db} → {@code rdresults.sync}. */
    private static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length < 2 ? packageName : parts[0] + "." + parts[1];
    }
}
