package org.perfbook.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * The one way perfbook spreads independent work (reading returns, drawing charts, writing templates)
 * over threads: results keep the order of the inputs, and the first failure is thrown as itself.
 */
public final class Parallel {

    /** One item's work; it may fail with an I/O error, which the caller sees unwrapped. */
    @FunctionalInterface
    public interface Task<T, R> {
        R apply(T item) throws IOException;
    }

    private Parallel() {
    }

    public static <T, R> List<R> map(List<T> items, int threads, Progress progress, Task<T, R> task)
            throws IOException {
        if (items.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())));
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> {
                    R r = task.apply(item);
                    progress.step();
                    return r;
                }));
            }
            List<R> out = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted before the work was done", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
            // items already under way are let finish: a caller that cleans up after a failure must not
            // race a thread still writing beside it
            boolean interrupted = false;
            while (!pool.isTerminated()) {
                try {
                    pool.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One piece of work; it may fail with an I/O error, which the caller sees unwrapped. */
    @FunctionalInterface
    public interface Work<R> {
        R call() throws IOException;
    }

    /**
     * Work begun on a thread of its own while the caller goes on with something else (one core
     * would otherwise sit idle); {@link Pending#join} collects it. Where only one thread is wanted
     * ({@code --threads 1}) the work is done here and now, before the caller goes on.
     */
    public static <R> Pending<R> start(String name, int threads, Work<R> work) {
        FutureTask<R> task = new FutureTask<>(work::call);
        if (threads <= 1) {
            task.run();
            return new Pending<>(task);
        }
        Thread thread = new Thread(task, "perfbook " + name);
        thread.setDaemon(true);
        thread.start();
        return new Pending<>(task);
    }

    /** Work started by {@link #start}. */
    public static final class Pending<R> {
        private final FutureTask<R> task;

        private Pending(FutureTask<R> task) {
            this.task = task;
        }

        /** Waits for the work; its failure is thrown as itself, as {@link #map} throws an item's. */
        public R join() throws IOException {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted before the work was done", e);
            } catch (ExecutionException e) {
                throw rethrow(e.getCause());
            }
        }

        /** Waits for the work to end, for a caller that is already failing and wants no stray thread. */
        public void await() {
            try {
                task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // the caller's own failure is the one to report
            }
        }

        /** The work as a future, done when it has ended, failed or not. */
        public Future<R> future() {
            return task;
        }
    }

    /** An item's failure as itself: an I/O error or unchecked exception is thrown, anything else wrapped. */
    private static IOException rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (cause instanceof RuntimeException re) {
            throw re;
        }
        if (cause instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(cause);
    }
}
