package org.reportparse.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BatchRunnerTest {

    private static List<Integer> numbers(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void deliversInInputOrderWhateverOrderTheWorkersFinishIn() throws Exception {
        Random random = new Random(7);
        List<Integer> delays = IntStream.range(0, 60).map(i -> random.nextInt(15)).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        new BatchRunner<Integer, Integer>(4, Duration.ofSeconds(30)).run(numbers(60), i -> {
            Thread.sleep(delays.get(i));
            return i * 10;
        }, (in, o) -> seen.add(o.value() / 10));
        assertThat(seen).containsExactlyElementsOf(numbers(60));
    }

    @Test
    void neverHoldsMoreThanTheWindowOfUndeliveredInputs() throws Exception {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger delivered = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        new BatchRunner<Integer, Integer>(3, 6, Duration.ofSeconds(30)).run(numbers(200), i -> {
            int ahead = started.incrementAndGet() - delivered.get();
            maxAhead.accumulateAndGet(ahead, Math::max);
            // The first input is slow, so every other one finishes early and has to wait its turn.
            Thread.sleep(i == 0 ? 200 : 1);
            return i;
        }, (in, o) -> {
            delivered.incrementAndGet();
            return true;
        });
        assertThat(delivered).hasValue(200);
        assertThat(maxAhead.get()).isLessThanOrEqualTo(6);
    }

    @Test
    @Timeout(60)   // guards against a hang only; the limit under test is 300 ms
    void aTaskOverTheTimeLimitFailsAloneAndTheOthersComplete() throws Exception {
        List<String> results = new ArrayList<>();
        new BatchRunner<Integer, Integer>(2, Duration.ofMillis(300)).run(numbers(6), i -> {
            if (i == 2) {
                while (true) {   // a pathological document that never ends and ignores interrupts
                    Math.sqrt(i);
                }
            }
            return i;
        }, (in, o) -> results.add(o.failed() ? in + ": " + o.failure() : in + " ok"));
        assertThat(results).containsExactly("0 ok", "1 ok", "2: timed out after 0.3 s (see --timeout)",
                "3 ok", "4 ok", "5 ok");
    }

    @Test
    void anExceptionOrAnErrorInOneTaskIsThatInputsFailure() throws Exception {
        List<String> results = new ArrayList<>();
        new BatchRunner<Integer, Integer>(2, Duration.ofSeconds(30)).run(numbers(4), i -> {
            if (i == 1) {
                throw new IllegalStateException("bad\n  input");
            }
            if (i == 2) {
                throw new StackOverflowError();
            }
            return i;
        }, (in, o) -> results.add(o.failed() ? in + ": " + o.failure() : in + " ok"));
        assertThat(results).containsExactly("0 ok", "1: bad input", "2: document too deeply nested", "3 ok");
    }

    @Test
    void theSinkCanStopTheRun() throws Exception {
        List<Integer> seen = new ArrayList<>();
        new BatchRunner<Integer, Integer>(2, Duration.ofSeconds(30)).run(numbers(100), i -> i,
                (in, o) -> seen.add(in) && in < 4);
        assertThat(seen).containsExactly(0, 1, 2, 3, 4);
    }
}
