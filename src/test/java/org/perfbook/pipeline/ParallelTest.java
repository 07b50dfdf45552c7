package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Work spread over threads comes back in order, and a failure comes back as itself. */
class ParallelTest {

    @Test
    void mapKeepsTheOrderOfItsItems() throws IOException {
        assertEquals(List.of(1, 4, 9, 16, 25), Parallel.map(List.of(1, 2, 3, 4, 5), 2, Progress.NONE, i -> i * i));
    }

    @Test
    void startedWorkRunsWhileTheCallerGoesOn() throws Exception {
        CountDownLatch callerWentOn = new CountDownLatch(1);
        Parallel.Pending<String> pending = Parallel.start("test", 2, () -> {
            try {
                // only returns if the caller reached its countDown while this work was still running
                assertTrue(callerWentOn.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            return "done";
        });
        assertFalse(pending.future().isDone());
        callerWentOn.countDown();
        assertEquals("done", pending.join());
        assertTrue(pending.future().isDone());
    }

    @Test
    void aStartedWorksFailureIsThrownAsItselfByJoinAndNotByAwait() {
        IOException disk = new IOException("disk full");
        Parallel.Pending<String> failing = Parallel.start("test", 2, () -> {
            throw disk;
        });
        failing.await();
        assertSame(disk, assertThrows(IOException.class, failing::join));

        IOException inside = new IOException("unreadable");
        Parallel.Pending<String> unchecked = Parallel.start("test", 2, () -> {
            throw new UncheckedIOException(inside);
        });
        assertSame(inside, assertThrows(IOException.class, unchecked::join));

        IllegalStateException bug = new IllegalStateException("a fault");
        Parallel.Pending<String> faulty = Parallel.start("test", 2, () -> {
            throw bug;
        });
        assertSame(bug, assertThrows(IllegalStateException.class, faulty::join));
    }

    @Test
    void withOneThreadStartedWorkIsDoneOnTheCallersThreadBeforeItGoesOn() throws Exception {
        Thread caller = Thread.currentThread();
        Parallel.Pending<Thread> pending = Parallel.start("test", 1, Thread::currentThread);
        assertTrue(pending.future().isDone(), "done before start returned");
        assertSame(caller, pending.join());
    }

    @Test
    void aFailedItemIsThrownAsItselfByMap() {
        IOException disk = new IOException("disk full");
        assertSame(disk, assertThrows(IOException.class, () -> Parallel.map(List.of(1, 2, 3), 2, Progress.NONE, i -> {
            if (i == 2) {
                throw disk;
            }
            return i;
        })));
    }

    @Test
    void mapThrowsAFailureOnlyOnceTheItemsAlreadyUnderWayHaveEnded() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean secondEnded = new java.util.concurrent.atomic.AtomicBoolean();
        IOException disk = new IOException("disk full");
        assertSame(disk, assertThrows(IOException.class, () -> Parallel.map(List.of(1, 2), 2, Progress.NONE, i -> {
            if (i == 1) {
                try {
                    assertTrue(secondStarted.await(10, TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                throw disk;
            }
            secondStarted.countDown();
            // still writing when the first item fails; an interrupt does not stop it
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            secondEnded.set(true);
            return i;
        })));
        assertTrue(secondEnded.get(), "the failure came back while another item was still at work");
    }
}
