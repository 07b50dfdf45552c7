package org.perfbook.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Source;
import org.perfbook.xlsx.Workbooks;

/** Finds the return files under the paths a user gives. */
public final class ReturnsFolder {

    /**
     * @param files    spreadsheets to read, in a stable order
     * @param findings files found but not read (not spreadsheets, lock files), each as a warning
     */
    public record Found(List<Path> files, List<Finding> findings) {
        public Found {
            files = List.copyOf(files);
            findings = List.copyOf(findings);
        }
    }

    private ReturnsFolder() {
    }

    /** Hidden files are never returns. */
    static boolean isIgnored(String name) {
        return name.startsWith(".");
    }

    /** Excel's "~$name.xlsx", there while someone has the workbook open. */
    static boolean isLockFile(String name) {
        return name.startsWith("~$");
    }

    /**
     * A file in a returns folder that is not a workbook: a warning, except a spreadsheet in another
     * program's format, which is most likely a return saved the wrong way and so its figures are missing.
     */
    private static Finding notRead(Path f, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".ods") || n.endsWith(".numbers") || n.endsWith(".csv")) {
            return Finding.error(Source.of(display(f)), FindingCode.NOT_A_SPREADSHEET, "This looks like a return saved "
                    + "in another format (" + name.substring(name.lastIndexOf('.')) + "), so none of its figures were "
                    + "read. Open it and save it as an Excel workbook (.xlsx), keeping the template's layout.");
        }
        return Finding.warning(Source.of(display(f)), FindingCode.NOT_A_SPREADSHEET,
                "This file is not an Excel workbook (.xlsx, .xlsm or .xls), so it was not read.");
    }

    /** A lock file beside the returns: never read, but what the returns hold may not be the latest. */
    private static Finding lockFile(Path f) {
        return Finding.warning(Source.of(display(f)), FindingCode.LOCK_FILE, "This is the lock file Excel keeps "
                + "while a workbook is open: someone may have this return open, so changes they have not saved are "
                + "not in what perfbook read. Ask them to save and close it, then check again.");
    }

    /**
     * Files named directly are always read (so a mislabelled file is reported, not skipped); in
     * folders, spreadsheets are read recursively and anything else is reported as ignored. Excel's lock
     * files are never read but always reported.
     */
    public static Found find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inside;
                try (Stream<Path> walk = Files.walk(p)) {
                    inside = walk.filter(f -> Files.isRegularFile(f) || Files.isSymbolicLink(f)).sorted().toList();
                }
                for (Path f : inside) {
                    String name = f.getFileName().toString();
                    if (isIgnored(name)) {
                        continue;
                    }
                    if (!Files.isRegularFile(f)) {
                        // a link is followed to a file only: never into a folder, so a link loop cannot trap the search
                        findings.add(Finding.warning(Source.of(display(f)), FindingCode.SKIPPED_LINK, Files.exists(f)
                                ? "This is a link to a folder, which perfbook does not follow, so nothing in it was "
                                        + "read. Put the returns themselves in the period's folder."
                                : "This is a link to a file that is not there (moved or deleted), so nothing was read. "
                                        + "Replace it with the return itself."));
                        continue;
                    }
                    if (isLockFile(name)) {
                        findings.add(lockFile(f));
                        continue;
                    }
                    if (Workbooks.isSpreadsheetName(name)) {
                        files.add(f);
                    } else {
                        findings.add(notRead(f, name));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (isLockFile(p.getFileName().toString())) {
                    // named on its own it is not the return: say so rather than check nothing
                    findings.add(Workbooks.Problem.LOCK_FILE.finding(display(p)));
                } else if (!isIgnored(p.getFileName().toString())) {
                    files.add(p);
                }
            } else {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
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
}
