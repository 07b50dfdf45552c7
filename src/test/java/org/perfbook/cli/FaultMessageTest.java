package org.perfbook.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** A fault that stops a run is said in one line; running out of memory, wherever it is wrapped, says how to give more. */
class FaultMessageTest {

    @Test
    void outOfMemoryInsideAWorkerSaysHowToGiveMoreMemory() {
        String s = Main.fault(new RuntimeException(new ExecutionException(new OutOfMemoryError("Java heap space"))));
        assertTrue(s.startsWith("perfbook: the run ran out of memory (Java heap space)."), s);
        assertTrue(s.contains("PERFBOOK_JAVA_OPTS=-Xmx2g"), s);
        assertFalse(s.contains("\n"), s);
    }

    @Test
    void anyOtherFaultAsksToBeReported() {
        String s = Main.fault(new IllegalStateException("chart HIG-01-trend could not be added"));
        assertTrue(s.contains("an unexpected fault stopped the run"), s);
        assertTrue(s.contains("chart HIG-01-trend could not be added"), s);
        assertFalse(s.contains("memory"), s);
    }
}
