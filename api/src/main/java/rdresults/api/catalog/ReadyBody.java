package rdresults.api.catalog;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import java.nio.ByteBuffer;

/**
 * A response body made once and sent many times (a catalog file, its gzip form). It lives off-heap and read-only,
 * and every response hands the same memory to the socket: a {@code byte[]} entity would be copied into a fresh
 * direct buffer per request, which for a 9 MB loop catalog costs more than the send itself.
 */
public final class ReadyBody {

    private final ByteBuffer bytes;

    private ReadyBody(ByteBuffer bytes) {
        this.bytes = bytes;
    }

    public static ReadyBody of(byte[] content) {
        ByteBuffer direct = ByteBuffer.allocateDirect(content.length);
        direct.put(content).flip();
        return new ReadyBody(direct.asReadOnlyBuffer());
    }

    public int length() {
        return bytes.remaining();
    }

    /** A view for one response; it shares the memory and never frees it (the GC does, with the snapshot). */
    public Buffer buffer() {
        return Buffer.buffer(Unpooled.wrappedBuffer(bytes.duplicate()));
    }

    /** A heap copy, for hashing and tests. */
    public byte[] toByteArray() {
        byte[] out = new byte[bytes.remaining()];
        bytes.duplicate().get(out);
        return out;
    }
}
