package rdresults.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rdresults.model.testing.ArchitectureRules;

/**
 * The module rules ({@link ArchitectureRules}) on the compiled classes of every module the CLI embeds: the libraries
 * (sync and the registry test kit included) and the CLI itself. The service's classes are not on this class path;
 * its own {@code ArchitectureTest} checks them.
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
