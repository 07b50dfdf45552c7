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

    static List<ReturnFile> readAll(List<Path> files, int threads, Progress progress) {
        try {
            return Parallel.map(files, threads, progress, f -> ReturnReader.read(f, ReturnsFolder.display(f)));
        } catch (IOException e) {
            // the reader turns every I/O problem into findings; only an interrupt gets here
            throw new IllegalStateException("reading returns was interrupted", e);
        }
    }
}
