package org.perfbook.book;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
 */
public record Picture(String name, String indicatorId, String altText, double widthIn, double heightIn, byte[] png,
        Path file) {

    public Picture {
        if ((png == null) == (file == null)) {
            throw new IllegalArgumentException("a picture needs either its bytes or its file: " + name);
        }
    }

    /** A picture held in memory. */
    public Picture(String name, String indicatorId, String altText, double widthIn, double heightIn, byte[] png) {
        this(name, indicatorId, altText, widthIn, heightIn, png, null);
    }

    /** A picture read from its PNG file when it is written. */
    public static Picture onFile(String name, String indicatorId, String altText, double widthIn, double heightIn,
            Path file) {
        return new Picture(name, indicatorId, altText, widthIn, heightIn, null, file);
    }

    /** The PNG bytes (read from the file each time for a picture on file). */
    @Override
    public byte[] png() {
        if (png != null) {
            return png;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PNG bytes as a stream, without reading a file into memory first. */
    public InputStream openPng() throws IOException {
        return png != null ? new ByteArrayInputStream(png) : Files.newInputStream(file);
    }
}
