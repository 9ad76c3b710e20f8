package rdresults.factorlib.internal.alpha158;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import rdresults.factorlib.Alpha158Definition;
import rdresults.factorlib.Bump;
import rdresults.factorlib.SemVer;
import rdresults.factorlib.manifest.Alpha158Function;
import rdresults.factorlib.manifest.PackageManifest;
import rdresults.factorlib.internal.python.PythonIdentifiers;
import rdresults.factorlib.internal.Hashes;

/**
 * Decides, without touching files, the package's next Alpha158 functions: one per definition, in the given order (a
 * repeated name keeps its first expression). A known name keeps its function name; its version moves to the next
 * package version only when its rendered text changes. Nothing changes when the functions come out identical.
 */
public final class Alpha158Planner {

    /** The next manifest (empty when nothing changes) and the names added, changed and removed. */
    public record Plan(Optional<PackageManifest> next, List<String> added, List<String> changed,
                       List<String> removed, int functions) {
    }

    private Alpha158Planner() {
    }

    /**
     * @throws rdresults.factorlib.InvalidExpressionException when an expression cannot be translated (nothing is
     *                                                        planned then)
     */
    public static Plan plan(PackageManifest current, List<Alpha158Definition> definitions, Bump bump, String nowUtc) {
        SemVer next = current.version().next(bump);
        Map<String, Alpha158Function> existing = new LinkedHashMap<>();
        current.alpha158().forEach(f -> existing.put(f.name(), f));
        Set<String> taken = new HashSet<>();
        existing.values().forEach(f -> taken.add(f.func()));
        Map<String, Alpha158Function> planned = new LinkedHashMap<>();
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Alpha158Definition d : definitions) {
            if (planned.containsKey(d.name())) {
                continue;
            }
            Alpha158Function old = existing.get(d.name());
            String func = old != null ? old.func()
                    : PythonIdentifiers.unique("alpha158_" + snake(d.name()), taken);
            taken.add(func);
            String sha = Hashes.sha256(Alpha158ModuleWriter.function(func, d.name(), d.expression()));
            if (old != null && old.sha256().equals(sha)) {
                planned.put(d.name(), old);
                continue;
            }
            (old == null ? added : changed).add(d.name());
            planned.put(d.name(), new Alpha158Function(func, d.name(), d.expression(), sha, next));
        }
        List<String> removed = existing.keySet().stream().filter(n -> !planned.containsKey(n)).toList();
        List<Alpha158Function> functions = List.copyOf(planned.values());
        boolean same = functions.equals(current.alpha158());
        Optional<PackageManifest> manifest = same ? Optional.empty()
                : Optional.of(current.withAlpha158(next, nowUtc, functions));
        return new Plan(manifest, added, changed, removed, functions.size());
    }

    private static String snake(String name) {
        String s = PythonIdentifiers.snakeCase(name);
        return s.isEmpty() ? "unnamed" : s;
    }
}
