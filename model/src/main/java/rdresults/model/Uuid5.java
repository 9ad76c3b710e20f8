package rdresults.model;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Name-based UUID version 5 (SHA-1), rendered the way Python's {@code uuid.uuid5(ns, name).hex} does:
 * 32 lowercase hex characters without dashes. Java's {@link UUID#nameUUIDFromBytes} is version 3 (MD5),
 * so RD-Agent's stable IDs ({@code strategy_id}, {@code model_id}, {@code artifact_id}, {@code file_id})
 * need this implementation.
 */
public final class Uuid5 {

    /** Namespace of {@code strategy_id} (contract §4.6). */
    public static final UUID STRATEGY_NAMESPACE = UUID.fromString("7b6b2c6c-0b4d-4e2c-9b7f-3b1b9b4f3a11");
    /** Namespace of {@code model_id} (contract §4.6). */
    public static final UUID MODEL_NAMESPACE = UUID.fromString("a8a6a7de-c8c7-4f3e-9f5a-3c4b7d3e2b11");
    /** Namespace of {@code artifact_id} and {@code file_id} (contract §4.6). */
    public static final UUID ARTIFACT_NAMESPACE = UUID.fromString("3e36bb8a-2a9b-4c56-8f50-6312f0d89c42");
    /** Namespace of workspace ids written by RD-Agent's bootstrap tools (contract §0). */
    public static final UUID WORKSPACE_NAMESPACE = UUID.fromString("5b9b5f74-0f3e-4e3c-8f86-6d8a9c7d0f11");

    private Uuid5() {
    }

    /** {@code uuid.uuid5(namespace, name).hex}. */
    public static String hex(UUID namespace, String name) {
        return HexFormat.of().formatHex(bytes(namespace, name));
    }

    /** {@code uuid.uuid5(namespace, name)}. */
    public static UUID uuid(UUID namespace, String name) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes(namespace, name));
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    private static byte[] bytes(UUID namespace, String name) {
        MessageDigest sha1 = sha1();
        ByteBuffer ns = ByteBuffer.allocate(16);
        ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
        sha1.update(ns.array());
        sha1.update(name.getBytes(StandardCharsets.UTF_8));
        byte[] hash = sha1.digest();
        byte[] uuid = new byte[16];
        System.arraycopy(hash, 0, uuid, 0, 16);
        uuid[6] = (byte) ((uuid[6] & 0x0f) | 0x50);
        uuid[8] = (byte) ((uuid[8] & 0x3f) | 0x80);
        return uuid;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
