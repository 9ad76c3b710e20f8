package rdresults.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service started directly ({@code java -jar quarkus-run.jar}, no flag from {@code rdr serve}) answers
 * hostile request targets and header fields as {@code rdr serve}'s service does: with problems, not Quarkus' or
 * Vert.x's empty 400.
 */
class ServiceJarIT {

    @TempDir
    static Path work;
    private static ResultsApiProcess api;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        api = ResultsApiProcess.start(work);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    /**
     * One raw request (clients refuse to send these targets and headers): the request line, {@code Host}, then
     * {@code headerLines} and {@code Connection: close}; the whole answer as text.
     */
    private static String send(String requestLine, String... headerLines) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: 127.0.0.1\r\n");
        for (String line : headerLines) {
            request.append(line).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n");
        try (Socket socket = new Socket(api.uri().getHost(), api.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void malformedPercentEncodingIsAProblemWithoutAnyFlag() throws IOException {
        for (String target : new String[] {"/factors/%zz", "/loops?limit=%"}) {
            String answer = send("GET " + target + " HTTP/1.1");
            assertThat(answer).as(target).startsWith("HTTP/1.1 400 ")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("the request target is not a valid URI: malformed escape pair at character ");
        }
    }

    @Test
    void aControlByteInAHeaderValueIsAProblemWithoutAnyFlag() throws IOException {
        for (String control : new String[] {"\u0001", "\u007f"}) {
            String answer = send("GET /catalog/models HTTP/1.1", "X-Bad: a" + control + "b");
            assertThat(answer).as("0x%02X", (int) control.charAt(0)).startsWith("HTTP/1.1 400 ")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("the value of header field X-Bad holds a control character");
        }
    }

    @Test
    void aHeaderNameThatIsNotATokenIsAProblemWithoutAnyFlag() throws IOException {
        for (String name : new String[] {"X Bad", "X(Bad"}) {
            String answer = send("GET /catalog/models HTTP/1.1", name + ": value");
            assertThat(answer).as(name).startsWith("HTTP/1.1 400 ")
                    .containsIgnoringCase("content-type: application/problem+json")
                    .contains("the name of header field 2 is not a token").doesNotContain(name);
        }
    }

    @Test
    void aTabInAHeaderValueIsServed() throws IOException {
        assertThat(send("GET /catalog/models HTTP/1.1", "X-Ok: a\tb")).startsWith("HTTP/1.1 200 ");
    }

    @Test
    void anUnknownProtocolVersionIsAProblem() throws IOException {
        String answer = send("GET /catalog/models HTTP/9.1");
        assertThat(answer).contains(" 505 ").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":505");
    }
}
