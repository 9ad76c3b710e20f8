package rdresults.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rdresults.model.testing.ArchitectureRules;

/**
 * The module rules ({@link ArchitectureRules}) on the compiled classes of the service and the libraries it embeds
 * (model, registry, exporters, factor-lib). The CLI's {@code ArchitectureTest} checks the CLI, sync and the registry
 * test kit.
 */
class ArchitectureTest {

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
