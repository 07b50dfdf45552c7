package org.perfbook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Numbers;
import org.perfbook.model.Source;

/**
 * Opens an input workbook (catalogue, return, history, a {@code stats} table) the one way perfbook
 * does: from the file, read-only, without an evaluator, so macros are never run and formulas keep
 * the results the user saw. Every reason a file cannot be opened becomes one {@link Finding},
 * worded once here, never raw exception text; nothing here throws for a bad file.
 *
 * <p>Why the API is shaped like this: the readers see a workbook only as a {@link Opened result}
 * whose sheets they walk as {@link SheetRows} (rows of {@link CellReading}s and {@link CellValue}s,
 * with their {@link Merges}), and find their headings with {@link HeaderRow}. None of these hands
 * out POI's {@code Sheet}, {@code Row} or {@code Cell}. The readers walk rows top to bottom; the only
 * looks back are at rows already passed (the rows above a heading, a merge's top-left cell, which is
 * never below the cells it covers), and merges are asked for through {@link SheetRows#merges()}. So
 * {@link #openStreamed} puts a streaming reader (StAX over the sheet XML) in the place of POI's
 * usermodel behind these types without any reader changing; a return's sheet is small, so it keeps
 * the sheet's rows rather than POI's object for every XML element. What only the whole workbook knows (its custom
 * properties, read for the template identity) is asked for through {@link Opened#customProperty}.
 * {@link Opened#workbook()} is the one way through to POI, for tests and tools.
 */
public final class Workbooks {

    /** Why a file could not be opened. */
    public enum Problem {
        /** Not there, a folder, or not readable. */
        MISSING(FindingCode.UNREADABLE_FILE, "This file was not found or could not be read: it may have been moved or "
                + "deleted, or you may not have permission to open it. Check the folder and the file name."),
        /** Excel's "~$name.xlsx", left while the workbook is open in Excel. */
        LOCK_FILE(FindingCode.LOCK_FILE, "This is a lock file that Excel leaves while a workbook is open, not the workbook "
                + "itself. Close the workbook in Excel and use the workbook, not this file."),
        /** Zero bytes: a save or copy that never finished. */
        EMPTY(FindingCode.CORRUPT_FILE, "This file is empty (0 bytes), so it is not an Excel workbook perfbook can open. "
                + "It may not have been saved or copied completely: save it again from Excel as .xlsx."),
        /** Saved with a password to open. */
        ENCRYPTED(FindingCode.PASSWORD_PROTECTED, "This file has a password, so perfbook cannot open it. Open it in Excel, "
                + "save a copy without the password (File, Info, Protect Workbook, Encrypt with Password, and "
                + "clear the password) and use that copy."),
        /** Excel 5/95 and earlier: Excel reads it, perfbook does not. */
        OLD_FORMAT(FindingCode.CORRUPT_FILE, "This file is in a very old Excel format that perfbook cannot read: open it "
                + "in Excel and save it as .xlsx."),
        /** Text, a PDF or anything else given a spreadsheet's name. */
        NOT_A_SPREADSHEET(FindingCode.CORRUPT_FILE, "This file is not an Excel workbook, although its name says it is: it may "
                + "be another kind of file renamed. Open it in Excel and save it as .xlsx."),
        /** Bigger than any return could be: read, it would take the memory every other return needs. */
        TOO_LARGE(FindingCode.TOO_LARGE, "This file is far larger than a return can be (a sheet of more than "
                + (MAX_SHEET_BYTES >> 20) + " MB, or a file of more than " + (MAX_FILE_BYTES >> 20) + " MB), so it "
                + "was not read. A return has one row per indicator: check that rows or columns have not been "
                + "filled down to the end of the sheet, delete them, and save again."),
        /** Looks like a workbook but is damaged (cut short, or parts missing). */
        CORRUPT(FindingCode.CORRUPT_FILE, Workbooks.CORRUPT_MESSAGE);

        private final FindingCode code;
        private final String message;

        Problem(FindingCode code, String message) {
            this.code = code;
            this.message = message;
        }

        public FindingCode code() {
            return code;
        }

        public String message() {
            return message;
        }

        /** A lock file is a warning: the workbook it stands for is usually there as well. */
        public Finding finding(String shownName) {
            Source source = Source.of(shownName);
            return this == LOCK_FILE ? Finding.warning(source, code, message) : Finding.error(source, code, message);
        }
    }

    /** Limits far above any real return (about 100 KB), low enough that one hostile file cannot exhaust memory. */
    static final long MAX_FILE_BYTES = 32L << 20;
    static final long MAX_SHEET_BYTES = 32L << 20;

    public static final String CORRUPT_MESSAGE = "This file is not an Excel workbook perfbook can open: it is damaged "
            + "or in another format. Open it in Excel and save it again as an .xlsx workbook.";

    private Workbooks() {
    }

    /** An open workbook, or the one reason it could not be opened. Closing is safe either way. */
    public static final class Opened implements AutoCloseable {
        private final Workbook workbook;
        private final StreamedWorkbook streamed;
        private final Problem problem;
        private final String shownName;

        private Opened(Workbook workbook, Problem problem, String shownName) {
            this(workbook, null, problem, shownName);
        }

        private Opened(Workbook workbook, StreamedWorkbook streamed, Problem problem, String shownName) {
            this.workbook = workbook;
            this.streamed = streamed;
            this.problem = problem;
            this.shownName = shownName;
        }

        public boolean isOpen() {
            return workbook != null || streamed != null;
        }

        /** Null when open. */
        public Problem problem() {
            return problem;
        }

        /** What went wrong, for the file as findings name it; null when open. */
        public Finding finding() {
            return problem == null ? null : problem.finding(shownName);
        }

        /** The POI workbook; null when not open, or when read by {@link #openStreamed}. */
        public Workbook workbook() {
            return workbook;
        }

        /** Whether the workbook was read in a streaming pass rather than with POI's usermodel. */
        public boolean streamed() {
            return streamed != null;
        }

        /** How many sheets, hidden ones too; 0 when not open. */
        public int sheetCount() {
            if (streamed != null) {
                return streamed.sheets().size();
            }
            return workbook == null ? 0 : workbook.getNumberOfSheets();
        }

        /** The sheet at zero-based {@code index}, in workbook order. */
        public SheetRows sheet(int index) {
            if (streamed != null) {
                StreamedWorkbook.Listed s = streamed.sheets().get(index);
                return new SheetRows(s.rows(), s.hidden());
            }
            return new SheetRows(workbook.getSheetAt(index),
                    workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index));
        }

        /** The sheet of that name, ignoring case and surrounding spaces; null when there is none. */
        public SheetRows sheet(String name) {
            List<String> names = sheetNames();
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).strip().equalsIgnoreCase(name.strip())) {
                    return sheet(i);
                }
            }
            return null;
        }

        /**
         * A custom document property as text, whatever type another program saved it with; null when the
         * workbook has no such property or is not an .xlsx (an .xls keeps none that perfbook writes).
         */
        public String customProperty(String key) {
            CTProperty p;
            if (streamed != null) {
                String[] stored = streamed.customProperty(key);
                return stored == null ? null : propertyText(stored[0], stored[1]);
            } else if (workbook instanceof XSSFWorkbook x) {
                p = x.getProperties().getCustomProperties().getProperty(key);
            } else {
                return null;
            }
            return p == null ? null : propertyText(p);
        }

        /**
         * When the workbook says it was last saved (Excel and LibreOffice record it in the document
         * properties); null when it does not say, or is not an .xlsx.
         */
        public Instant savedAt() {
            if (streamed != null) {
                return streamed.savedAt();
            }
            if (!(workbook instanceof XSSFWorkbook x)) {
                return null;
            }
            var modified = x.getProperties().getCoreProperties().getModified();
            return modified == null ? null : modified.toInstant();
        }

        /** The sheets' names in workbook order. */
        public List<String> sheetNames() {
            List<String> names = new ArrayList<>();
            if (streamed != null) {
                streamed.sheets().forEach(s -> names.add(s.name()));
                return names;
            }
            for (int i = 0; i < sheetCount(); i++) {
                names.add(workbook.getSheetName(i));
            }
            return names;
        }

        /** Opened read-only, so closing writes nothing; a failure to close loses nothing that was read. */
        @Override
        public void close() {
            try {
                if (streamed != null) {
                    streamed.close();
                }
                if (workbook != null) {
                    workbook.close();
                }
            } catch (IOException | RuntimeException e) {
                // nothing to save and nothing the user can do about it
            }
        }
    }

    /**
     * Opens {@code file}; {@code shownName} is how the finding names it (relative to the folder the
     * user gave, say). Looks at the first bytes before POI does, so the finding says what the file
     * really is rather than how the parser failed.
     */
    public static Opened open(Path file, String shownName) {
        Objects.requireNonNull(file, "file");
        String shown = shownName == null || shownName.isBlank() ? String.valueOf(file.getFileName()) : shownName;
        Problem sniffed = sniff(file);
        if (sniffed != null) {
            return new Opened(null, sniffed, shown);
        }
        try {
            // From the File, not a stream: a stream buffers every zip entry in memory.
            return new Opened(WorkbookFactory.create(file.toFile(), null, true), null, shown);
        } catch (EncryptedDocumentException e) {
            return new Opened(null, Problem.ENCRYPTED, shown);
        } catch (OldExcelFormatException e) {
            return new Opened(null, Problem.OLD_FORMAT, shown);
        } catch (IOException | RuntimeException e) {
            return new Opened(null, Problem.CORRUPT, shown);
        }
    }

    /**
     * Opens {@code file} as {@link #open} does, but reads an .xlsx or .xlsm in one streaming pass
     * over its XML instead of building POI's usermodel, which costs several times more; an .xls,
     * and an .xlsx on the 1904 date system, are opened with the usermodel. The sheets answer the same:
     * {@code StreamedWorkbookTest} compares the two cell by cell.
     */
    public static Opened openStreamed(Path file, String shownName) {
        Objects.requireNonNull(file, "file");
        String shown = shownName == null || shownName.isBlank() ? String.valueOf(file.getFileName()) : shownName;
        Problem sniffed = sniff(file);
        if (sniffed != null) {
            return new Opened(null, sniffed, shown);
        }
        if (!isOoxml(file)) {
            return open(file, shownName);
        }
        try {
            StreamedWorkbook streamed = StreamedWorkbook.open(file);
            return streamed == null ? open(file, shownName) : new Opened(null, streamed, null, shown);
        } catch (IOException | RuntimeException e) {
            return new Opened(null, Problem.CORRUPT, shown);
        }
    }

    private static boolean isOoxml(Path file) {
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            return FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String propertyText(CTProperty p) {
        if (p.isSetLpwstr()) {
            return p.getLpwstr();
        }
        if (p.isSetLpstr()) {
            return p.getLpstr();
        }
        if (p.isSetI4()) {
            return Integer.toString(p.getI4());
        }
        if (p.isSetI8()) {
            return Long.toString(p.getI8());
        }
        if (p.isSetR8()) {
            return Numbers.plain(p.getR8());
        }
        if (p.isSetBool()) {
            return Boolean.toString(p.getBool());
        }
        return null;
    }

    /** As {@link #propertyText(CTProperty)} for a value read from the XML: the same text for the same value. */
    private static String propertyText(String type, String text) {
        return switch (type) {
            case "lpwstr", "lpstr" -> text;
            case "i4" -> Integer.toString(Integer.parseInt(text.strip()));
            case "i8" -> Long.toString(Long.parseLong(text.strip()));
            case "r8" -> Numbers.plain(Double.parseDouble(text.strip()));
            case "bool" -> Boolean.toString(text.strip().equals("true") || text.strip().equals("1"));
            default -> null;
        };
    }

    /** For damage found while reading a workbook that opened: POI parses some parts lazily. */
    public static Finding damaged(String shownName) {
        return Problem.CORRUPT.finding(shownName);
    }

    /** .xlsx, .xlsm and .xls, in any case. */
    public static boolean isSpreadsheetName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    private static Problem sniff(Path file) {
        String base = file.getFileName() == null ? "" : file.getFileName().toString();
        if (base.startsWith("~$")) {
            return Problem.LOCK_FILE;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return Problem.MISSING;
        }
        FileMagic magic;
        try {
            if (Files.size(file) == 0) {
                return Problem.EMPTY;
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException | RuntimeException e) {
            return Problem.CORRUPT;
        }
        if (magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3 || magic == FileMagic.BIFF4) {
            return Problem.OLD_FORMAT;
        }
        if (magic == FileMagic.OOXML) {
            return tooLarge(file) ? Problem.TOO_LARGE : null;
        }
        // OLE2 is an .xls, an Excel 5/95 file or an encrypted workbook.
        if (magic == FileMagic.OLE2) {
            return sizeOf(file) > MAX_FILE_BYTES ? Problem.TOO_LARGE : null;
        }
        return Problem.NOT_A_SPREADSHEET;
    }

    /** From the zip's directory, before anything is inflated: the file, or any sheet once unzipped. */
    private static boolean tooLarge(Path file) {
        if (sizeOf(file) > MAX_FILE_BYTES) {
            return true;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().startsWith("xl/worksheets/") && e.getSize() > MAX_SHEET_BYTES);
        } catch (IOException | RuntimeException e) {
            return false; // damage is for the workbook reader to report
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
