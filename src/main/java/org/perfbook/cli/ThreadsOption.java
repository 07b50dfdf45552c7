package org.perfbook.cli;

import picocli.CommandLine.Option;

/** {@code --threads}: how many files are read, drawn or written at once. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read, drawn or written at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();
}
