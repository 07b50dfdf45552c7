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
        return read(files, threads, progress, f -> {
            ReturnFile read = ReturnReader.read(f, ReturnsFolder.display(f));
            try {
                return new Fingerprinted(read, BookBuild.sha256(f));
            } catch (IOException e) {
                return new Fingerprinted(read, null); // hashed again when the book lists it, which reports the problem
            }
        });
    }

    static List<ReturnFile> readAll(List<Path> files, int threads, Progress progress) {
        return read(files, threads, progress, f -> ReturnReader.read(f, ReturnsFolder.display(f)));
    }

    private static <R> List<R> read(List<Path> files, int threads, Progress progress, Parallel.Task<Path, R> task) {
        try {
            return Parallel.map(files, threads, progress, task);
        } catch (IOException e) {
            // the reader turns every I/O problem into findings; only an interrupt gets here
            throw new IllegalStateException("reading returns was interrupted", e);
        }
    }
}
