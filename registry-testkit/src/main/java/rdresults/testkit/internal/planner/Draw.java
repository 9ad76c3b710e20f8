package rdresults.testkit.internal.planner;

import java.util.List;
import java.util.SplittableRandom;
import rdresults.testkit.conventions.EpochMicros;

/** Small helpers over a seeded {@link SplittableRandom}; all randomness of the generator flows through one. */
final class Draw {

    private Draw() {
    }

    /** An independent stream for one (seed, a, b) coordinate, so one loop's draws never shift another's. */
    static SplittableRandom stream(long seed, long a, long b) {
        return new SplittableRandom(seed ^ (a + 1) * 0x9E3779B97F4A7C15L ^ (b + 1) * 0xC2B2AE3D27D4EB4FL);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    static <T> T pick(SplittableRandom random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /**
     * The instant itself, or one time in twenty the instant cut to a whole second: Python's isoformat then drops
     * the fraction, a form readers must accept.
     */
    static long sometimesWholeSecond(SplittableRandom random, long epochMicros) {
        return random.nextInt(20) == 0 ? epochMicros - Math.floorMod(epochMicros, EpochMicros.PER_SECOND) : epochMicros;
    }

    /** A duration in microseconds between the given seconds; one in 25 lands on a whole second. */
    static long seconds(SplittableRandom random, int minSeconds, int maxSeconds) {
        long whole = minSeconds + (long) random.nextInt(maxSeconds - minSeconds + 1);
        long micros = random.nextInt(25) == 0 ? 0 : random.nextInt((int) EpochMicros.PER_SECOND);
        return whole * EpochMicros.PER_SECOND + micros;
    }
}
