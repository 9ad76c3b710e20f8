package rdresults.testkit.internal.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the generator's bundled templates and blobs from {@code rdresults/testkit/}. */
public final class Resources {

    private static final String BASE = "/rdresults/testkit/";

    private Resources() {
    }

    public static byte[] bytes(String relativePath) {
        try (InputStream in = Resources.class.getResourceAsStream(BASE + relativePath)) {
            if (in == null) {
                throw new IllegalStateException("generator resource missing from the jar: " + BASE + relativePath);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generator resource " + BASE + relativePath, e);
        }
    }

    static String text(String relativePath) {
        return new String(bytes(relativePath), StandardCharsets.UTF_8);
    }
}
