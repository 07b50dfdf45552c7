package org.perfbook.book;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.perfbook.files.PackageParts;
import org.perfbook.files.SharedPart;

/**
 * A chart image to place in the book, held either as bytes or as the PNG file it was saved to; a
 * picture on file is read only when a writer copies it, so a book of thousands of charts does not
 * hold them all in memory.
 *
 * @param indicatorId empty for the Summary's status chart
 * @param altText     read out by screen readers in Excel and LibreOffice
 * @param widthIn     the image's print width in inches (its height follows its proportions)
 * @param png         the PNG bytes, or null when they are in {@code file}
 * @param file        the PNG file, or null when the bytes are given
 * @param drawn       done when {@code file} has been drawn: a book may be laid out while its charts are
 *                    still being drawn, and only its save waits for them
 * @param part        for a chart being drawn, its part as every package that holds it saves it (compressed
 *                    once for the book and the report); null otherwise
 */
public record Picture(String name, String indicatorId, String altText, double widthIn, double heightIn, byte[] png,
        Path file, Future<?> drawn, SharedPart part) {

    public Picture {
        if ((png == null) == (file == null)) {
            throw new IllegalArgumentException("a picture needs either its bytes or its file: " + name);
        }
    }

    /** A picture held in memory. */
    public Picture(String name, String indicatorId, String altText, double widthIn, double heightIn, byte[] png) {
        this(name, indicatorId, altText, widthIn, heightIn, png, null, DONE, null);
    }

    /** A picture read from its PNG file when it is written. */
    public static Picture onFile(String name, String indicatorId, String altText, double widthIn, double heightIn,
            Path file) {
        return new Picture(name, indicatorId, altText, widthIn, heightIn, null, file, DONE, null);
    }

    /**
     * A picture whose PNG file is being drawn, for the book and the report both; reading it waits until
     * {@code drawn} is done, and {@link #release} ends its compressed copy once both are saved.
     */
    public static Picture beingDrawn(String name, String indicatorId, String altText, double widthIn, double heightIn,
            Path file, Future<?> drawn) {
        return new Picture(name, indicatorId, altText, widthIn, heightIn, null, file, drawn,
                new SharedPart(() -> open(name, file, drawn)));
    }

    private static final Future<?> DONE = CompletableFuture.completedFuture(null);

    /** The PNG bytes (read from the file each time for a picture on file). */
    @Override
    public byte[] png() {
        if (png != null) {
            return png;
        }
        try (InputStream in = openPng()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bytes unique to this picture's name that a writer saves in the picture's place, so the package
     * never holds the image; {@link #parts} finds them again to fill the image in after the save.
     */
    public byte[] standIn() {
        return ("perfbook picture " + name).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where each picture of a package written with {@link #standIn stand-ins} comes from, by zip entry
     * name, for {@link PackageParts#write}. Picture names are unique within a book.
     */
    public static Map<String, PackageParts.Content> parts(OPCPackage pkg, List<Picture> pictures) throws IOException {
        Map<String, Picture> byStandIn = new HashMap<>();
        for (Picture p : pictures) {
            if (byStandIn.put(new String(p.standIn(), StandardCharsets.UTF_8), p) != null) {
                throw new IllegalStateException("two pictures are named " + p.name());
            }
        }
        Map<String, PackageParts.Content> parts = new LinkedHashMap<>();
        PackageParts.pictures(pkg).forEach((entry, bytes) -> {
            Picture p = byStandIn.get(new String(bytes, StandardCharsets.UTF_8));
            if (p == null) {
                throw new IllegalStateException("the picture part " + entry + " is not one of the book's pictures");
            }
            parts.put(entry, p.part() != null ? p.part() : p::openPng);
        });
        return parts;
    }

    /** The PNG bytes as a stream, without reading a file into memory first. */
    public InputStream openPng() throws IOException {
        if (png != null) {
            return new ByteArrayInputStream(png);
        }
        return open(name, file, drawn);
    }

    /** Once every package that holds the picture is saved: its compressed copy is deleted. */
    public void release() {
        if (part != null) {
            part.release();
        }
    }

    private static InputStream open(String name, Path file, Future<?> drawn) throws IOException {
        waitUntilDrawn(name, drawn);
        return Files.newInputStream(file);
    }

    private static void waitUntilDrawn(String name, Future<?> drawn) throws IOException {
        try {
            drawn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the chart " + name + " was drawn", e);
        } catch (ExecutionException e) {
            // the drawing's own failure is reported by whoever drew it; this only stops the save
            throw new IOException("the chart " + name + " could not be drawn", e.getCause());
        }
    }
}
