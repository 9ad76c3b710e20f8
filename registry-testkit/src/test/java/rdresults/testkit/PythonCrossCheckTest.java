package rdresults.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import rdresults.model.testing.Python3;

/**
 * Checks the generated registry with a real CPython where one is installed: uuid5 IDs recomputed by {@code uuid},
 * YAML read by PyYAML against model_meta.json, and the generated Python code compiled.
 */
class PythonCrossCheckTest {

    private static final String UUID_CHECK = """
            import sqlite3, sys, uuid
            ns = uuid.UUID('3e36bb8a-2a9b-4c56-8f50-6312f0d89c42')
            boot = uuid.UUID('5b9b5f74-0f3e-4e3c-8f86-6d8a9c7d0f11')
            c = sqlite3.connect(sys.argv[1])
            bad = 0
            for aid, tr, ws, t, n in c.execute('SELECT artifact_id, task_run_id, workspace_id, artifact_type, name FROM artifacts'):
                bad += uuid.uuid5(ns, f'{tr}|{ws}|{t}|{n}').hex != aid
            for fid, aid, ws, k, p in c.execute('SELECT file_id, artifact_id, workspace_id, kind, path FROM artifact_files'):
                bad += uuid.uuid5(ns, f'{aid}|{ws}|{k}|{p}').hex != fid
            for w, tr, l, p in c.execute("SELECT workspace_id, task_run_id, loop_id, workspace_path FROM workspaces WHERE workspace_role = 'other'"):
                bad += uuid.uuid5(boot, f'{tr}|{l}|{p}').hex != w
            n = c.execute('SELECT count(*) FROM artifacts').fetchone()[0] + c.execute('SELECT count(*) FROM artifact_files').fetchone()[0]
            print(n, bad)
            """;

    private static final String YAML_CHECK = """
            import datetime, glob, json, os, sys, yaml
            def norm(x):
                if isinstance(x, dict): return {k: norm(v) for k, v in x.items()}
                if isinstance(x, list): return [norm(v) for v in x]
                if isinstance(x, datetime.date): return str(x)
                return x
            compared = bad = 0
            for meta in glob.glob(os.path.join(sys.argv[1], '*', 'model_meta.json')):
                m = json.load(open(meta, encoding='utf-8'))
                if m['model_conf'] is None:
                    continue
                for conf in glob.glob(os.path.join(os.path.dirname(meta), '*.yaml')):
                    y = yaml.safe_load(open(conf, encoding='utf-8'))
                    compared += 1
                    bad += norm(y['task']['model']) != m['model_conf']
                    bad += norm(y['task']['dataset']) != m['dataset_conf']
                    bad += y['data_handler_config'].get('feature') != m['feature_schema']
            print(compared, bad)
            """;

    private static final String COMPILE_CHECK = """
            import glob, os, sys
            n = 0
            for f in glob.glob(os.path.join(sys.argv[1], '*', '*.py')):
                compile(open(f, encoding='utf-8').read(), f, 'exec')
                n += 1
            print(n, 0)
            """;

    @TempDir
    static Path dir;
    static GeneratedRegistry registry;

    @BeforeAll
    static void generate() {
        SyntheticRegistryOptions options = SyntheticRegistryOptions.defaults().withSize(3, 10)
                .withPathStyle(PathStyle.MIXED).withEdgeCases(EnumSet.of(EdgeCase.UNICODE_FACTOR_NAMES,
                        EdgeCase.DUPLICATE_REPORT_ARTIFACT, EdgeCase.WINDOWS_PATH));
        registry = SyntheticRegistryGenerator.of(options).generate(dir.resolve("repo"));
    }

    @Test
    void artifactAndFileIdsAreTheUuid5sPythonComputes() throws Exception {
        long[] result = python(UUID_CHECK, registry.registryDb().toString());
        assertThat(result[0]).isPositive();
        assertThat(result[1]).as("ids that differ from Python's uuid5").isZero();
    }

    @Test
    void modelMetaIsWhatPyYamlReadsFromTheConfigs() throws Exception {
        Python3.assumeImports("yaml", "YAML cross-check");
        long[] result = python(YAML_CHECK, registry.workspaceRoot().toString());
        assertThat(result[0]).as("configs compared").isPositive();
        assertThat(result[1]).as("blocks that differ").isZero();
    }

    @Test
    void generatedPythonCodeCompiles() throws Exception {
        long[] result = python(COMPILE_CHECK, registry.workspaceRoot().toString());
        assertThat(result[0]).isPositive();
    }

    /** Runs a script with python3 and parses the two numbers it prints; skips when python3 is missing. */
    private static long[] python(String script, String... args) {
        String output = Python3.run(script, "", args).strip();
        String[] parts = output.split("\\s+");
        assertThat(parts).as("python output: %s", output).hasSize(2);
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
