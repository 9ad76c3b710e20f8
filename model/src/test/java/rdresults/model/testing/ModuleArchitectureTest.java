package rdresults.model.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules ({@link ArchitectureRules}) on the compiled classes of the test's class path. Each application
 * module extends it (no class path holds both the service and the CLI), so both are checked with one set of tests.
 */
public abstract class ModuleArchitectureTest {

    private static JavaClasses imported;

    @BeforeAll
    static void importClasses() {
        imported = ArchitectureRules.importMainClasses();
    }

    @Test
    void librariesUseNoQuarkusCdiOrInjection() {
        ArchitectureRules.librariesUseNoQuarkusCdiOrInjection(imported);
    }

    @Test
    void siblingPackagesOfAModuleHaveNoCycles() {
        ArchitectureRules.siblingPackagesHaveNoCycles(imported);
    }

    @Test
    void noModuleImportsAnotherModulesInternals() {
        ArchitectureRules.noModuleImportsAnotherModulesInternals(imported);
    }

    @Test
    void facadesExposeNoInternalTypes() {
        ArchitectureRules.facadesExposeNoInternalTypes(imported);
    }
}
