package org.perfbook.book;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture still being drawn is laid out at once and read only when its file is there. */
class PictureTest {

    @TempDir
    Path dir;

    @Test
    void readingAPictureBeingDrawnWaitsForItsDrawing() throws Exception {
        Path file = dir.resolve("HIG-01-trend.png");
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        Picture p = Picture.beingDrawn("HIG-01-trend", "HIG-01", "Line chart", 6.5, 3.6, file, drawn);
        AtomicReference<byte[]> read = new AtomicReference<>();
        Thread saving = new Thread(() -> {
            try (InputStream in = p.openPng()) {
                read.set(in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        saving.start();
        saving.join(300);
        assertTrue(saving.isAlive(), "the save waits while the chart is drawn");
        Files.write(file, new byte[] {1, 2, 3});
        drawn.complete(null);
        saving.join(10_000);
        assertFalse(saving.isAlive());
        assertArrayEquals(new byte[] {1, 2, 3}, read.get());
        assertArrayEquals(new byte[] {1, 2, 3}, p.png());
    }

    @Test
    void aChartThatCouldNotBeDrawnStopsTheSaveNamingIt() {
        CompletableFuture<Void> drawn = new CompletableFuture<>();
        IOException cause = new IOException("No space left on device");
        drawn.completeExceptionally(cause);
        Picture p = Picture.beingDrawn("HIG-01-trend", "HIG-01", "Line chart", 6.5, 3.6, dir.resolve("x.png"), drawn);
        IOException e = assertThrows(IOException.class, p::openPng);
        assertTrue(e.getMessage().contains("HIG-01-trend"), e.getMessage());
        assertSame(cause, e.getCause());
    }
}
