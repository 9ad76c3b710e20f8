package rdresults.factorlib;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link FactorPackage} behaves: the clock that stamps versions and publications, and how long a publisher
 * waits for another one to release the package lock.
 */
public record PackageSettings(Clock clock, Duration lockTimeout) {

    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(2);

    public PackageSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
    }

    /** The system UTC clock and a two-minute lock wait. */
    public static PackageSettings defaults() {
        return new PackageSettings(Clock.systemUTC(), DEFAULT_LOCK_TIMEOUT);
    }
}
