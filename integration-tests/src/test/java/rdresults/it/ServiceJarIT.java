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
 * hostile request targets as {@code rdr serve}'s service does: with problems, not Quarkus' empty 400.
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

    /** One raw request (clients refuse to send these targets); the whole answer as text. */
    private static String send(String requestLine) throws IOException {
        try (Socket socket = new Socket(api.uri().getHost(), api.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
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
    void anUnknownProtocolVersionIsAProblem() throws IOException {
        String answer = send("GET /catalog/models HTTP/9.1");
        assertThat(answer).contains(" 505 ").containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":505");
    }
}
