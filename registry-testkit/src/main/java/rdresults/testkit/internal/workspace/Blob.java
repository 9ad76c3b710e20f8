package rdresults.testkit.internal.workspace;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** File content with its SHA-256, computed once when the same bytes go into many workspaces. */
public record Blob(byte[] bytes, String sha256) {

    static Blob of(byte[] bytes) {
        return new Blob(bytes, sha256Hex(bytes));
    }

    /** The hex digest {@code artifact_files.sha256} holds. */
    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
