package rdresults.export.internal.factor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.export.Alpha158Pointers;
import rdresults.export.FactorCatalogExporter;
import rdresults.export.FactorCatalogOptions;
import rdresults.export.SampleCopy;
import rdresults.export.SampleFixture;
import rdresults.export.Alpha158Canonical;
import rdresults.factorlib.Alpha158Publisher;
import rdresults.factorlib.Bump;
import rdresults.factorlib.FactorPackage;
import rdresults.factorlib.FactorPublisher;
import rdresults.factorlib.PublishRequest;
import rdresults.factorlib.Alpha158Definition;
import rdresults.factorlib.resolve.FactorImplementations;
import rdresults.registry.RegistryReader;
import rdresults.registry.workspace.WorkspaceLocator;

/**
 * The factor catalog of a sample copy whose accepted loops were published ({@code --all-accepted}) into a package
 * that also holds the canonical Alpha158 translations, exported without and with that package.
 */
class ImplementationFieldsTest {

    private static final Set<String> ADDED = Set.of("impl_module", "impl_func", "impl_version", "implementation",
            "implementation_status");

    private static JsonNode plain;
    private static JsonNode resolved;
    private static ObjectNode alphaMeta;

    @BeforeAll
    static void exportBothWays(@TempDir Path tmp) {
        SampleCopy copy = SampleCopy.into(tmp.resolve("repo"));
        FactorPackage pkg = FactorPackage.init(tmp.resolve("lib"));
        try (RegistryReader registry = RegistryReader.open(copy.registryPath())) {
            FactorPublisher.create(pkg, registry, WorkspaceLocator.forRegistry(copy.registryPath(), List.of()))
                    .publish(PublishRequest.allAccepted(Bump.PATCH));
        }
        Alpha158Publisher.publish(pkg, Alpha158Canonical.factors().stream()
                .map(f -> new Alpha158Definition(f.name(), f.expression())).toList(), Bump.PATCH);
        FactorImplementations implementations = FactorImplementations.open(pkg.root());
        List<Path> alpha = List.of(SampleFixture.EXPECTED.resolve("alpha158_meta.json"));
        try (copy) {
            plain = FactorCatalogExporter.export(copy.context(), new FactorCatalogOptions(alpha));
            resolved = FactorCatalogExporter.export(copy.context(), new FactorCatalogOptions(alpha, implementations));
        }
        alphaMeta = SampleFixture.expected("alpha158_meta.json").deepCopy();
        Alpha158Pointers.addTo(alphaMeta, implementations);
    }

    @Test
    void entriesOnlyGainFieldsAfterTheirOwn() {
        assertThat(resolved.path("factors").size()).isEqualTo(plain.path("factors").size());
        for (int i = 0; i < plain.path("factors").size(); i++) {
            JsonNode before = plain.path("factors").get(i);
            JsonNode after = resolved.path("factors").get(i);
            List<String> beforeKeys = keys(before);
            List<String> afterKeys = keys(after);
            assertThat(afterKeys.subList(0, beforeKeys.size())).isEqualTo(beforeKeys);
            beforeKeys.forEach(k -> assertThat(after.get(k)).as(k).isEqualTo(before.get(k)));
            assertThat(afterKeys.subList(beforeKeys.size(), afterKeys.size())).isSubsetOf(ADDED)
                    .contains("implementation", "implementation_status");
        }
    }

    @Test
    void publishedFactorsResolveToTheirFunctionAndOldPointersAreLegacy() {
        Map<String, String> status = new LinkedHashMap<>();
        resolved.path("factors").forEach(e -> status.put(e.path("name").asText() + "|" + e.path("source").asText(),
                e.path("implementation_status").asText()));
        JsonNode reversal = entry("Reversal_20D", "rdagent_generated");
        assertThat(reversal.path("implementation").path("impl_module").asText())
                .isEqualTo("rd_factors_lib.generated");
        assertThat(reversal.path("implementation").path("impl_func").asText()).isEqualTo("factor_reversal_20d");
        assertThat(reversal.path("implementation").path("impl_version").asText()).isEqualTo("0.1.1");
        assertThat(reversal.path("implementation").path("sha256").asText()).hasSize(64);
        assertThat(reversal.path("implementation").path("origin").path("task_run_id").isTextual()).isTrue();
        assertThat(status.values()).contains("current", "legacy").doesNotContain("missing", "stale");
        // the sample's Alpha158 entries come from workspaces whose factor_meta.json recorded date-style pointers
        assertThat(status).containsEntry("RESI5|qlib_alpha158", "legacy");
    }

    @Test
    void alpha158EntriesResolveToTheAlpha158ModuleAndMetaEntriesGainPointers() {
        JsonNode resi = entry("RESI5", "qlib_alpha158");
        assertThat(resi.path("impl_module").asText()).isEqualTo("rd_factors_lib.generated");
        assertThat(resi.path("implementation").path("impl_module").asText()).isEqualTo("rd_factors_lib.alpha158");
        assertThat(resi.path("implementation").path("impl_func").asText()).isEqualTo("alpha158_resi5");
        assertThat(resi.path("implementation").path("impl_version").asText()).isEqualTo("0.1.2");
        assertThat(resi.path("implementation").path("origin").isNull()).isTrue();
        JsonNode meta = alphaMeta.path("factors").get(0);
        assertThat(meta.path("name").asText()).isEqualTo("RESI5");
        assertThat(meta.path("impl_module").asText()).isEqualTo("rd_factors_lib.alpha158");
        assertThat(meta.path("impl_func").asText()).isEqualTo("alpha158_resi5");
        assertThat(meta.path("impl_version").asText()).isEqualTo("0.1.2");
        List<String> metaFuncs = new ArrayList<>();
        alphaMeta.path("factors").forEach(f -> metaFuncs.add(f.path("impl_func").asText()));
        assertThat(metaFuncs).hasSize(20).allSatisfy(f -> assertThat(f).startsWith("alpha158_"));
    }

    private static JsonNode entry(String name, String source) {
        for (JsonNode e : resolved.path("factors")) {
            if (e.path("name").asText().equals(name) && e.path("source").asText().equals(source)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + name + "|" + source);
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
