package org.perfbook.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.perfbook.model.Finding;
import org.perfbook.model.Source;

/** Finds return files under the paths a user gives and reads them in parallel. */
public final class ReturnsFolder {

    /**
     * @param files    spreadsheets to read, in a stable order
     * @param findings files found but not read (not spreadsheets), each as a warning
     */
    public record Found(List<Path> files, List<Finding> findings) {
    }

    private ReturnsFolder() {
    }

    static boolean isSpreadsheetName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    /** Excel's lock files ("~$name.xlsx") and hidden files are never returns. */
    static boolean isIgnored(String name) {
        return name.startsWith("~$") || name.startsWith(".");
    }

    /**
     * Files named directly are always read (so a mislabelled file is reported, not skipped); in
     * folders, spreadsheets are read recursively and anything else is reported as ignored.
     */
    public static Found find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inside;
                try (Stream<Path> walk = Files.walk(p)) {
                    inside = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : inside) {
                    String name = f.getFileName().toString();
                    if (isIgnored(name)) {
                        continue;
                    }
                    if (isSpreadsheetName(name)) {
                        files.add(f);
                    } else {
                        findings.add(Finding.warning(Source.of(display(f)), "not-a-spreadsheet",
                                "This file is not an Excel workbook (.xlsx, .xlsm or .xls), so it was not read."));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (!isIgnored(p.getFileName().toString())) {
                    files.add(p);
                }
            } else {
                throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or folder");
            }
        }
        return new Found(files.stream().distinct().toList(), findings);
    }

    /** How a file is named in findings: the path as the user would type it. */
    public static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString();
    }

    /** Reads every file on {@code threads} threads; results keep the order of {@code files}. */
    public static List<ReturnFile> readAll(List<Path> files, int threads, Runnable onEach) {
        if (files.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<ReturnFile>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    ReturnFile r = ReturnReader.read(f, display(f));
                    if (onEach != null) {
                        onEach.run();
                    }
                    return r;
                }));
            }
            List<ReturnFile> out = new ArrayList<>(files.size());
            for (Future<ReturnFile> fu : futures) {
                out.add(fu.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading returns", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("reading a return failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
