package rdresults.registry.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The IDs the fork writes: uuid4 values drawn from the seeded stream (never {@code UUID.randomUUID()}, so runs
 * repeat) and the uuid5 values of contract §4.6.
 *
 * <p>{@link #uuid5Hex} is the single place to swap in the shared {@code rdresults.model.Uuid5} once it exists.
 */
final class SyntheticIds {

    /** Namespace of {@code artifact_id} and {@code file_id}. */
    static final UUID ARTIFACT_NAMESPACE = UUID.fromString("3e36bb8a-2a9b-4c56-8f50-6312f0d89c42");
    /** Namespace of the bootstrap tools' {@code workspace_id}. */
    static final UUID BOOTSTRAP_WORKSPACE_NAMESPACE = UUID.fromString("5b9b5f74-0f3e-4e3c-8f86-6d8a9c7d0f11");

    private static final HexFormat HEX = HexFormat.of();

    private SyntheticIds() {
    }

    /** {@code uuid4().hex}: 32 lowercase hex characters, version 4 and RFC 4122 variant bits set. */
    static String uuid4Hex(SplittableRandom random) {
        return hex(uuid4(random));
    }

    /** {@code str(uuid4())}, with dashes: the form solidification stores in {@code asset_bundle_id}. */
    static String uuid4Dashed(SplittableRandom random) {
        return uuid4(random).toString();
    }

    /** {@code uuid.uuid5(namespace, name).hex}. */
    static String uuid5Hex(UUID namespace, String name) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        MessageDigest sha1 = sha1();
        sha1.update(toBytes(namespace));
        sha1.update(nameBytes);
        byte[] hash = sha1.digest();
        hash[6] = (byte) (hash[6] & 0x0f | 0x50);
        hash[8] = (byte) (hash[8] & 0x3f | 0x80);
        return HEX.formatHex(hash, 0, 16);
    }

    static String artifactId(String taskRunId, String workspaceId, String artifactType, String name) {
        return uuid5Hex(ARTIFACT_NAMESPACE, taskRunId + "|" + workspaceId + "|" + artifactType + "|" + name);
    }

    static String fileId(String artifactId, String workspaceId, String kind, String relativePath) {
        return uuid5Hex(ARTIFACT_NAMESPACE, artifactId + "|" + workspaceId + "|" + kind + "|" + relativePath);
    }

    static String bootstrapWorkspaceId(String taskRunId, int loopId, String storedPath) {
        return uuid5Hex(BOOTSTRAP_WORKSPACE_NAMESPACE, taskRunId + "|" + loopId + "|" + storedPath);
    }

    static String sha256Hex(byte[] content) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    private static UUID uuid4(SplittableRandom random) {
        long high = random.nextLong() & ~0xf000L | 0x4000L;
        long low = random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static String hex(UUID uuid) {
        return HEX.formatHex(toBytes(uuid));
    }

    private static byte[] toBytes(UUID uuid) {
        byte[] out = new byte[16];
        long high = uuid.getMostSignificantBits();
        long low = uuid.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (high >>> (56 - 8 * i));
            out[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
        return out;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java runtime", e);
        }
    }
}
