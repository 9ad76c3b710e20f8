package rdresults.factorlib.resolve;

import java.util.Objects;
import java.util.Optional;

/** A catalog entry's resolved implementation (null when the package has none for it) and its pointer's status. */
public record Resolution(ResolvedImplementation implementation, ImplementationStatus status) {

    public Resolution {
        Objects.requireNonNull(status, "status");
    }

    public Optional<ResolvedImplementation> findImplementation() {
        return Optional.ofNullable(implementation);
    }
}
