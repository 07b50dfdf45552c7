package org.perfbook.returns;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Source;
import org.perfbook.xlsx.Workbooks;

/** Finds the return files under the paths a user gives. */
public final class ReturnsFolder {

    /**
     * @param files    spreadsheets to read, in a stable order
     * @param findings files found but not read (not spreadsheets), each as a warning
     */
    public record Found(List<Path> files, List<Finding> findings) {
        public Found {
            files = List.copyOf(files);
            findings = List.copyOf(findings);
        }
    }

    private ReturnsFolder() {
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
                    if (Workbooks.isSpreadsheetName(name)) {
                        files.add(f);
                    } else {
                        findings.add(Finding.warning(Source.of(display(f)), FindingCode.NOT_A_SPREADSHEET,
                                "This file is not an Excel workbook (.xlsx, .xlsm or .xls), so it was not read."));
                    }
                }
            } else if (Files.isRegularFile(p)) {
                if (!isIgnored(p.getFileName().toString())) {
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
