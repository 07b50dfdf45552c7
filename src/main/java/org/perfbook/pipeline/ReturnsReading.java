package org.perfbook.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnReader;
import org.perfbook.returns.ReturnsFolder;

/** Reads return files in parallel; a file that cannot be read comes back as findings, never as a failure. */
final class ReturnsReading {

    private ReturnsReading() {
    }

    /** A return read, with its file's SHA-256 for the book's About sheet, or null if the file could not be hashed. */
    record Fingerprinted(ReturnFile file, String sha256) {
    }

    /** As {@link #readAll}, each file hashed on the thread that read it rather than on the build's own. */
    static List<Fingerprinted> readAndHashAll(List<Path> files, int threads, Progress progress) {
        try {
            return Parallel.map(files, threads, progress, f -> {
                ReturnFile read = ReturnReader.read(f, ReturnsFolder.display(f));
                String sha256;
                try {
                    sha256 = BookBuild.sha256(f);
                } catch (IOException e) {
                    sha256 = null; // hashed again when the book lists it, which reports the problem
                }
                return new Fingerprinted(read, sha256);
            });
        } catch (IOException e) {
            throw new IllegalStateException("reading returns was interrupted", e);
        }
    }

    static List<ReturnFile> readAll(List<Path> files, int threads, Progress progress) {
        try {
            return Parallel.map(files, threads, progress, f -> ReturnReader.read(f, ReturnsFolder.display(f)));
        } catch (IOException e) {
            // the reader turns every I/O problem into findings; only an interrupt gets here
            throw new IllegalStateException("reading returns was interrupted", e);
        }
    }
}
