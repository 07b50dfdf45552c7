package org.perfbook.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.poi.util.TempFile;

/**
 * A part that goes into more than one package (a chart in the book and in the report): it is
 * deflated for its zip entry once, into a temporary file that every package copies as it is, by whoever
 * makes it ({@link #deflate}, a chart's thread) or else by the first package to save it. Compressing a
 * chart's PNG again took as long as drawing it. {@link #release} deletes the file once every package is
 * saved.
 */
public final class SharedPart implements PackageParts.Content {

    /** The part as a zip entry stores it: raw deflate at {@link PackageParts#LEVEL}. */
    record Deflated(Path file, long crc, long size, long compressedSize) {
    }

    private final PackageParts.Content source;
    private Deflated deflated;
    private boolean released;

    public SharedPart(PackageParts.Content source) {
        this.source = source;
    }

    @Override
    public InputStream open() throws IOException {
        return source.open();
    }

    /** The part deflated, done now by the first package to ask (unless {@link #deflate} did) and kept for the others. */
    Deflated deflated() throws IOException {
        synchronized (this) {
            if (deflated != null) {
                return deflated;
            }
            if (released) {
                throw new IllegalStateException("a part was asked for after it was released");
            }
        }
        // the source is opened outside the lock: it may wait for the part to be made, and whoever makes it
        // may be about to deflate it here
        try (InputStream in = source.open()) {
            synchronized (this) {
                if (deflated == null) {
                    deflate(in);
                }
                return deflated;
            }
        }
    }

    /**
     * Deflates the part now, on the caller's thread, from {@code content} as it has just been made (what its
     * source will give): a chart's thread does it as it saves the chart, so the packages, waiting on the
     * charts in their own order, only copy it. Nothing is done if the part is deflated already, or released
     * (a build that failed).
     */
    public synchronized void deflate(byte[] content) throws IOException {
        if (deflated == null && !released) {
            deflate(new ByteArrayInputStream(content));
        }
    }

    private void deflate(InputStream in) throws IOException {
        if (released) {
            throw new IllegalStateException("a part was asked for after it was released");
        }
        Path file = TempFile.createTempFile("perfbook-part", ".deflated").toPath();
        boolean done = false;
        try {
            CRC32 crc = new CRC32();
            long size = 0;
            Deflater deflater = new Deflater(PackageParts.LEVEL, true);
            try (OutputStream out = new DeflaterOutputStream(Files.newOutputStream(file), deflater, 1 << 16)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0;) {
                    crc.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                    size += n;
                }
            } finally {
                deflater.end();
            }
            deflated = new Deflated(file, crc.getValue(), size, Files.size(file));
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Deletes the deflated copy (or, where it cannot be deleted now, when perfbook ends); the part cannot be saved again after. */
    public synchronized void release() {
        released = true;
        if (deflated != null) {
            try {
                Files.deleteIfExists(deflated.file());
            } catch (IOException e) {
                deflated.file().toFile().deleteOnExit();
            }
            deflated = null;
        }
    }
}
