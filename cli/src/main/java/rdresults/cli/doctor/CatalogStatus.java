package rdresults.cli.doctor;

import java.nio.file.Path;

/**
 * The state of one exported catalog file. {@code sizeBytes} and {@code olderThanRegistry} are null when the file
 * is missing (the latter also when the registry's age is unknown); {@code entries} is null when the file cannot be
 * counted, and {@code problem} then says why.
 */
public record CatalogStatus(String name, Path path, boolean present, Long sizeBytes, Integer entries,
                            Boolean olderThanRegistry, String problem) {

    static CatalogStatus missing(String name, Path path) {
        return new CatalogStatus(name, path, false, null, null, null, null);
    }

    public boolean isStale() {
        return Boolean.TRUE.equals(olderThanRegistry);
    }
}
