package rdresults.api.http;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Picks the thread an answer runs on: the I/O thread when it is at hand (a loaded catalog's file, a cached page), a
 * worker thread when it takes real work: reading a catalog from disk takes seconds, and assembling a page scans up
 * to every entry; either would stall the event loop that serves every other connection.
 */
public final class AnswerThread {

    private AnswerThread() {
    }

    public static Uni<Response> answer(boolean atHand, Supplier<Response> answer) {
        if (atHand) {
            return Uni.createFrom().item(answer.get());
        }
        return Uni.createFrom().item(answer).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
