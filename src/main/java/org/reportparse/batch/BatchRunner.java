package org.reportparse.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one task per input on up to {@code jobs} worker threads and hands the outcomes to a sink
 * in input order. At most {@code window} inputs are in flight or waiting for their turn, so
 * memory stays bounded however many inputs there are. A task running longer than the timeout is
 * interrupted and abandoned (its thread may finish in the background; its slot is given to the
 * next input), and reported as failed.
 */
public final class BatchRunner<I, R> {
    private final int jobs;
    private final int window;
    private final Duration timeout;

    /** The work for one input, run on a worker thread. */
    public interface Task<I, R> {
        R run(I input) throws Exception;
    }

    /** Receives outcomes in input order on the calling thread; returns false to stop the run. */
    public interface Sink<I, R> {
        boolean accept(I input, Outcome<R> outcome) throws IOException;
    }

    /** Either a value or the one-line reason the input failed. */
    public record Outcome<R>(R value, String failure) {
        static <R> Outcome<R> ok(R value) {
            return new Outcome<>(value, null);
        }

        static <R> Outcome<R> failed(String reason) {
            return new Outcome<>(null, reason);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    public BatchRunner(int jobs, Duration timeout) {
        this(jobs, jobs * 4, timeout);
    }

    public BatchRunner(int jobs, int window, Duration timeout) {
        if (jobs < 1 || window < jobs) {
            throw new IllegalArgumentException("need jobs >= 1 and window >= jobs");
        }
        this.jobs = jobs;
        this.window = window;
        this.timeout = timeout;
    }

    private final class Job {
        final I input;
        final long deadline;
        final AtomicReference<Outcome<R>> outcome = new AtomicReference<>();
        Future<?> future;

        Job(I input) {
            this.input = input;
            this.deadline = System.nanoTime() + timeout.toNanos();
        }

        /** Only the first of the worker and the time limit decides the outcome. */
        boolean settle(Outcome<R> o) {
            return outcome.compareAndSet(null, o);
        }
    }

    public void run(List<I> inputs, Task<I, R> task, Sink<I, R> sink) throws IOException, InterruptedException {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "reportparse-worker-" + threadNo.incrementAndGet());
            t.setDaemon(true);   // an abandoned pathological parse must not keep the JVM alive
            return t;
        });
        BlockingQueue<Job> finished = new LinkedBlockingQueue<>();
        ArrayDeque<Job> queue = new ArrayDeque<>();   // started, in input order, not yet delivered
        ArrayDeque<Job> running = new ArrayDeque<>();
        int next = 0;
        try {
            while (true) {
                while (running.size() < jobs && queue.size() < window && next < inputs.size()) {
                    Job job = new Job(inputs.get(next++));
                    job.future = pool.submit(() -> work(job, task, finished));
                    queue.add(job);
                    running.add(job);
                }
                while (!queue.isEmpty() && queue.peek().outcome.get() != null) {
                    Job head = queue.poll();
                    running.remove(head);
                    if (!sink.accept(head.input, head.outcome.get())) {
                        return;
                    }
                }
                if (queue.isEmpty() && next >= inputs.size()) {
                    return;
                }
                long wait = running.stream().mapToLong(j -> j.deadline).min().orElse(System.nanoTime())
                        - System.nanoTime();
                Job done = finished.poll(Math.max(wait, 0), TimeUnit.NANOSECONDS);
                for (; done != null; done = finished.poll()) {
                    running.remove(done);
                }
                expire(running);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void work(Job job, Task<I, R> task, BlockingQueue<Job> finished) {
        Outcome<R> o;
        try {
            o = Outcome.ok(task.run(job.input));
        } catch (InterruptedException e) {
            o = Outcome.failed("interrupted");
        } catch (OutOfMemoryError e) {
            o = Outcome.failed("out of memory reading this document (too large or pathological)");
        } catch (StackOverflowError e) {
            o = Outcome.failed("document too deeply nested");
        } catch (Exception | LinkageError e) {
            o = Outcome.failed(oneLine(e));
        }
        if (job.settle(o)) {
            finished.add(job);
        }
    }

    private void expire(ArrayDeque<Job> running) {
        long now = System.nanoTime();
        running.removeIf(job -> {
            if (now - job.deadline < 0 || !job.settle(Outcome.failed("timed out after "
                    + seconds(timeout) + " (see --timeout)"))) {
                return false;
            }
            job.future.cancel(true);
            return true;
        });
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    public static String oneLine(Throwable e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
