package rdresults.api;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Runs an answer built from in-memory catalogs on the I/O thread when they are loaded, and on a worker thread when
 * they still have to be read from disk: loading a large catalog takes seconds, which must never stall the event
 * loop that serves every other connection.
 */
final class MemoryAnswers {

    private MemoryAnswers() {
    }

    static Uni<Response> answer(boolean loaded, Supplier<Response> answer) {
        if (loaded) {
            return Uni.createFrom().item(answer.get());
        }
        return Uni.createFrom().item(answer).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
