package rdresults.testkit.conventions;

import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;
import rdresults.model.Uuid5;

/**
 * The IDs the fork writes: uuid4 values drawn from the seeded stream (never {@code UUID.randomUUID()}, so runs
 * repeat) and the uuid5 names of contract §4.6, hashed by the shared {@link Uuid5}.
 */
public final class SyntheticIds {

    private static final HexFormat HEX = HexFormat.of();

    private SyntheticIds() {
    }

    /** {@code uuid4().hex}: 32 lowercase hex characters, version 4 and RFC 4122 variant bits set. */
    public static String uuid4Hex(SplittableRandom random) {
        UUID uuid = uuid4(random);
        return HEX.toHexDigits(uuid.getMostSignificantBits()) + HEX.toHexDigits(uuid.getLeastSignificantBits());
    }

    /** {@code str(uuid4())}, with dashes: the form solidification stores in {@code asset_bundle_id}. */
    public static String uuid4Dashed(SplittableRandom random) {
        return uuid4(random).toString();
    }

    public static String artifactId(String taskRunId, String workspaceId, String artifactType, String name) {
        return Uuid5.hex(Uuid5.ARTIFACT_NAMESPACE, taskRunId + "|" + workspaceId + "|" + artifactType + "|" + name);
    }

    public static String fileId(String artifactId, String workspaceId, String kind, String relativePath) {
        return Uuid5.hex(Uuid5.ARTIFACT_NAMESPACE, artifactId + "|" + workspaceId + "|" + kind + "|" + relativePath);
    }

    /** The bootstrap scan tool's {@code workspace_id}: it hashes the stored path (contract §0). */
    public static String bootstrapWorkspaceId(String taskRunId, int loopId, String storedPath) {
        return Uuid5.hex(Uuid5.WORKSPACE_NAMESPACE, taskRunId + "|" + loopId + "|" + storedPath);
    }

    private static UUID uuid4(SplittableRandom random) {
        long high = random.nextLong() & ~0xf000L | 0x4000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
