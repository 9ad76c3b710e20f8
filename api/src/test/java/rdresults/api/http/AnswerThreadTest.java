package rdresults.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AnswerThreadTest {

    @Test
    void loadedAnswerRunsOnTheCallingThreadAtOnce() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        var uni = AnswerThread.answer(true, () -> {
            ran.set(Thread.currentThread());
            return Response.ok().build();
        });
        assertThat(ran.get()).isSameAs(Thread.currentThread());
        assertThat(uni.await().atMost(Duration.ofSeconds(5)).getStatus()).isEqualTo(200);
    }

    @Test
    void answerThatMustLoadRunsLaterOnAnotherThread() {
        AtomicReference<Thread> ran = new AtomicReference<>();
        var uni = AnswerThread.answer(false, () -> {
            ran.set(Thread.currentThread());
            return Response.status(204).build();
        });
        assertThat(ran.get()).as("nothing runs before subscription").isNull();
        assertThat(uni.await().atMost(Duration.ofSeconds(5)).getStatus()).isEqualTo(204);
        assertThat(ran.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }
}
