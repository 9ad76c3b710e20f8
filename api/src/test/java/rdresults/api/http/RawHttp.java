package rdresults.api.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one request as raw bytes, as a hostile or broken client would (malformed percent-encoding, control bytes,
 * over-long request lines), which HTTP client libraries refuse to send, and reads the answer.
 */
public final class RawHttp {

    /** One answer: status, headers (names lower case), body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** {@code METHOD target HTTP/1.1} with {@code extraHeaders} (each a full line) and {@code Connection: close}. */
    public static Answer send(int port, String method, String target, String... extraHeaders) throws IOException {
        return sendVersion(port, method, target, "HTTP/1.1", extraHeaders);
    }

    /** As {@link #send}, with {@code version} as the request line's protocol version. */
    public static Answer sendVersion(int port, String method, String target, String version, String... extraHeaders)
            throws IOException {
        StringBuilder request = new StringBuilder(method).append(' ').append(target).append(' ').append(version)
                .append("\r\nHost: 127.0.0.1:").append(port).append("\r\n");
        for (String h : extraHeaders) {
            request.append(h).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return parse(readAll(socket.getInputStream()));
        }
    }

    /**
     * Sends {@code first} ({@code METHOD target HTTP/1.1} with {@code firstHeaders}, the connection kept open) and
     * then {@code GET second} with {@code Connection: close} on the same connection, and reads both answers: the
     * first answer must have a {@code Content-Length}. When the server closes the connection after the first answer,
     * the list holds that one answer only.
     */
    public static List<Answer> sendThenGet(int port, String first, String second, String... firstHeaders)
            throws IOException {
        StringBuilder request = new StringBuilder(first).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                .append("\r\n");
        for (String h : firstHeaders) {
            request.append(h).append("\r\n");
        }
        request.append("\r\nGET ").append(second).append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port)
                .append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String text = new String(readAll(socket.getInputStream()), StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            Answer firstAnswer = parse(text.substring(0, headEnd + 4).getBytes(StandardCharsets.ISO_8859_1));
            int end = headEnd + 4 + Integer.parseInt(firstAnswer.header("Content-Length"));
            firstAnswer = parse(text.substring(0, end).getBytes(StandardCharsets.ISO_8859_1));
            return end == text.length() ? List.of(firstAnswer)
                    : List.of(firstAnswer, parse(text.substring(end).getBytes(StandardCharsets.ISO_8859_1)));
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no HTTP answer: '" + text + "'");
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body);
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int pos = 0;
        while (true) {
            int eol = chunked.indexOf("\r\n", pos);
            int size = Integer.parseInt(chunked.substring(pos, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, eol + 2, eol + 2 + size);
            pos = eol + 2 + size + 2;
        }
    }
}
