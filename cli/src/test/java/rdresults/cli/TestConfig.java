package rdresults.cli;

import java.util.List;
import java.util.Optional;

/** An {@link RdrCliConfig} with given values, for tests that build option objects without CDI. */
public record TestConfig(Optional<List<String>> pathMaps, Optional<String> cacheDir) implements RdrCliConfig {

    public static TestConfig none() {
        return new TestConfig(Optional.empty(), Optional.empty());
    }

    public static TestConfig withPathMaps(List<String> maps) {
        return new TestConfig(Optional.of(maps), Optional.empty());
    }

    public static TestConfig withCacheDir(String dir) {
        return new TestConfig(Optional.empty(), Optional.of(dir));
    }
}
