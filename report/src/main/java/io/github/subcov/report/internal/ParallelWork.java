package io.github.subcov.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Works through items {@code 0..count-1} on one thread per core, the calling thread among them.
 * Each thread has its own worker, so workers need no locks; a thread takes the next item when
 * it is done with one, so a slow item does not hold the others up. Written without lambdas:
 * a fresh JVM spends tens of milliseconds setting up its first ones, and combine runs in one.
 */
public final class ParallelWork {

    /** One thread's share of the work. */
    public interface Worker {
        /** Does item {@code item}; a failure ends the whole run. */
        void process(int item);
    }

    /** Makes the worker of each thread. */
    public interface Workers<W extends Worker> {
        /** A new worker, for one thread. */
        W create();
    }

    private ParallelWork() {
    }

    /** Runs every item and returns the workers, in no particular order but the caller's first. */
    public static <W extends Worker> List<W> run(int count, Workers<W> workers) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), count));
        List<W> created = new ArrayList<W>();
        for (int i = 0; i < threads; i++) {
            created.add(workers.create());
        }
        AtomicInteger next = new AtomicInteger();
        if (threads == 1) {
            work(created.get(0), next, count);
            return created;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, new DaemonThreads());
        try {
            List<Future<?>> shares = new ArrayList<Future<?>>();
            for (final W worker : created.subList(1, threads)) {
                shares.add(pool.submit(new Runnable() {
                    @Override
                    public void run() {
                        work(worker, next, count);
                    }
                }));
            }
            work(created.get(0), next, count);
            for (Future<?> share : shares) {
                share.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return created;
    }

    private static void work(Worker worker, AtomicInteger next, int count) {
        try {
            for (int item = next.getAndIncrement(); item < count; item = next.getAndIncrement()) {
                worker.process(item);
            }
        } catch (RuntimeException | Error failure) {
            // the run has failed: the other threads take no further item
            next.set(count);
            throw failure;
        }
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "subcov-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
