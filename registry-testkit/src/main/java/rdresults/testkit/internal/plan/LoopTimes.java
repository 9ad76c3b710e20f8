package rdresults.testkit.internal.plan;

/**
 * A loop's timeline in epoch microseconds. {@code materializedAt} and {@code solidifiedAt} are 0 when that step
 * never ran; {@code updated} is the latest of all.
 */
public record LoopTimes(long started, long ended, long materializedAt, long solidifiedAt, long updated) {
}
