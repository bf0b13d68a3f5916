package nnrep.numeric.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed number of worker threads that split work by <em>output</em> ranges.
 *
 * <p>Every task given to {@link #forRanges} writes a disjoint slice of the output and computes each
 * output value with the same sequence of floating-point operations whatever the number of threads.
 * That is the rule that keeps results bit-identical for 1, 2 or 64 threads: threads never share a
 * sum.
 */
public final class Parallelism implements AutoCloseable {

    /** A body run on the half-open range {@code [from, to)}. */
    @FunctionalInterface
    public interface RangeBody {
        /**
         * Runs on the range.
         *
         * @param from the first index
         * @param to   one past the last index
         */
        void run(int from, int to);
    }

    private final int threads;
    private final ExecutorService pool;

    private Parallelism(int threads) {
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread t = new Thread(runnable, "nnrep-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * {@return a pool of {@code threads} threads, or none for one thread}
     *
     * @param threads number of threads, at least 1
     */
    public static Parallelism of(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        return new Parallelism(threads);
    }

    /** {@return one thread, no pool: the reference schedule} */
    public static Parallelism sequential() {
        return new Parallelism(1);
    }

    /** {@return the number of threads} */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body} on consecutive ranges of {@code [0, size)} of at most {@code grain} elements,
     * spread over the threads, and returns when all are done.
     *
     * @param size  the number of elements
     * @param grain the largest range given to one call of {@code body}
     * @param body  the work on a range
     */
    public void forRanges(int size, int grain, RangeBody body) {
        int tasks = (size + grain - 1) / grain;
        if (pool == null || tasks <= 1) {
            for (int from = 0; from < size; from += grain) {
                body.run(from, Math.min(size, from + grain));
            }
            return;
        }
        List<Future<?>> futures = new ArrayList<>(tasks);
        for (int from = 0; from < size; from += grain) {
            int start = from;
            int end = Math.min(size, from + grain);
            futures.add(pool.submit(() -> body.run(start, end)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException) {
                    throw (RuntimeException) cause;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /**
     * {@return a grain that gives each thread a few ranges of {@code size}, at least {@code minimum} wide}
     *
     * @param size    the number of elements
     * @param minimum the smallest grain worth a task
     */
    public int grainFor(int size, int minimum) {
        int g = (size + 4 * threads - 1) / (4 * threads);
        return Math.max(minimum, g);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
